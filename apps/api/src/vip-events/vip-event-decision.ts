import type { CommandBus } from '@nestjs/cqrs';
import { type VipEventCommand, vipEventAggregate } from '@ledger/domain';
import type { CommandRequest } from '../command-path/command-request.decorator';
import { Decision, type Written } from '../command-path/decision';

export type VipEventWritten = { vipEventId: string } & Written;

type VipEventFields<C extends VipEventCommand> = Omit<C, 'actor' | 'now' | 'vipEventId'>;

/** A VIP event route's command on the bus; its routes answer with the event's id first. */
export async function decideForVipEvent<C extends VipEventCommand>(
  bus: CommandBus,
  vipEventId: string,
  fields: VipEventFields<C>,
  request: CommandRequest,
): Promise<VipEventWritten> {
  const command = { ...fields, vipEventId } as unknown as Omit<C, 'actor' | 'now'>;
  return { vipEventId, ...(await bus.execute(Decision.of<C>(vipEventAggregate, command, request))) };
}
