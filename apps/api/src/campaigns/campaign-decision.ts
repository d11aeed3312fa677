import type { CommandBus } from '@nestjs/cqrs';
import { type CampaignCommand, campaignAggregate } from '@ledger/domain';
import type { CommandRequest } from '../command-path/command-request.decorator';
import { Decision, type Written } from '../command-path/decision';

export type CampaignWritten = { campaignId: string } & Written;

/** A campaign route's command on the bus; campaign routes answer with the campaign's id first. */
export async function decideForCampaign<C extends CampaignCommand>(
  bus: CommandBus,
  campaignId: string,
  fields: Omit<C, 'actor' | 'now' | 'campaignId'>,
  request: CommandRequest,
): Promise<CampaignWritten> {
  const command = { ...fields, campaignId } as unknown as Omit<C, 'actor' | 'now'>;
  return { campaignId, ...(await bus.execute(Decision.of<C>(campaignAggregate, command, request))) };
}
