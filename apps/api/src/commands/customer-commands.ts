import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { CustomerCommand } from '@ledger/domain';
import type { CommandRequest } from './command-request.decorator';
import { type CommandResult, RecordCustomerDecision } from './record-customer-decision.command';

type CommandBody<C extends CustomerCommand> = Omit<C, 'actor' | 'now' | 'customerId'>;

/** What every command controller calls: adds the actor and `now`, and dispatches on the CommandBus. */
@Injectable()
export class CustomerCommands {
  constructor(private readonly bus: CommandBus) {}

  run<C extends CustomerCommand>(
    customerId: string,
    body: CommandBody<C>,
    request: CommandRequest,
  ): Promise<CommandResult> {
    const command = { ...body, customerId, actor: request.actor, now: request.now } as CustomerCommand;
    return this.bus.execute<RecordCustomerDecision, CommandResult>(
      new RecordCustomerDecision(command, request.context),
    );
  }
}
