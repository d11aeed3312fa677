import type { CommandBus } from '@nestjs/cqrs';
import { type CustomerCommand, customerAggregate } from '@ledger/domain';
import type { CommandRequest } from '../command-path/command-request.decorator';
import { Decision, type CustomerWritten } from '../command-path/decision';

type CustomerFields<C extends CustomerCommand> = Omit<C, 'actor' | 'now' | 'customerId'>;

/** A customer route's command on the bus; customer routes answer with the customer's id first. */
export async function decideForCustomer<C extends CustomerCommand>(
  bus: CommandBus,
  customerId: string,
  fields: CustomerFields<C>,
  request: CommandRequest,
): Promise<CustomerWritten> {
  const command = { ...fields, customerId } as unknown as Omit<C, 'actor' | 'now'>;
  return { customerId, ...(await bus.execute(Decision.of<C>(customerAggregate, command, request))) };
}
