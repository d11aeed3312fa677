import { randomUUID } from 'node:crypto';
import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { LogContact } from '@ledger/domain';
import { Admits } from '../../auth/roles';
import { type CommandRequest, CommandRequestOf } from '../../commands/command-request.decorator';
import { CustomerCommands } from '../../commands/customer-commands';
import { derivedId } from '../../commands/idempotency';
import type { CommandResult } from '../../commands/record-customer-decision.command';
import { CustomerIdParams } from '../../common/customer-id.params';
import { LogContactDto } from './log-contact.dto';

@ApiTags('customer commands')
@Controller('customers')
export class LogContactController {
  constructor(private readonly commands: CustomerCommands) {}

  @Post(':id/contacts')
  @Admits('relationship-manager', 'call-center', 'admin')
  @ApiOperation({ summary: 'Log a contact with the customer (ContactLogged)' })
  async handle(
    @Param() { id }: CustomerIdParams,
    @Body() body: LogContactDto,
    @CommandRequestOf() request: CommandRequest,
  ): Promise<CommandResult & { contactId: string }> {
    const contactId = derivedId(request.context.idempotencyKey, 'contactId', randomUUID);
    return {
      ...(await this.commands.run<LogContact>(id, { type: 'LogContact', ...body, contactId }, request)),
      contactId,
    };
  }
}
