import type { CommandBus } from '@nestjs/cqrs';
import { type ProductCommand, productAggregate } from '@ledger/domain';
import type { CommandRequest } from '../command-path/command-request.decorator';
import { Decision, type Written } from '../command-path/decision';

type ProductFields<C extends ProductCommand> = Omit<C, 'actor' | 'now' | 'code'>;

/** What a product route answers: the product's code first. */
export type ProductWritten = { code: string } & Written;

/** A product route's command on the bus. */
export async function decideForProduct<C extends ProductCommand>(
  bus: CommandBus,
  code: string,
  fields: ProductFields<C>,
  request: CommandRequest,
): Promise<ProductWritten> {
  const command = { ...fields, code } as unknown as Omit<C, 'actor' | 'now'>;
  return { code, ...(await bus.execute(Decision.of<C>(productAggregate, command, request))) };
}
