import { randomUUID } from 'node:crypto';
import { Body, Controller, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { OnboardCustomer } from '@ledger/domain';
import { Admits } from '../../auth/roles';
import { type CommandRequest, CommandRequestOf } from '../../commands/command-request.decorator';
import { CustomerCommands } from '../../commands/customer-commands';
import { derivedId } from '../../commands/idempotency';
import type { CommandResult } from '../../commands/record-customer-decision.command';
import { OnboardCustomerDto } from './onboard-customer.dto';

@ApiTags('customer commands')
@Controller('customers')
export class OnboardCustomerController {
  constructor(private readonly commands: CustomerCommands) {}

  @Post()
  @Admits('relationship-manager', 'admin')
  @ApiOperation({ summary: 'Onboard a customer (CustomerOnboarded)' })
  onboard(
    @Body() body: OnboardCustomerDto,
    @CommandRequestOf() request: CommandRequest,
  ): Promise<CommandResult> {
    const { customerId, ...fields } = body;
    const id = customerId ?? derivedId(request.context.idempotencyKey, 'customerId', randomUUID);
    return this.commands.run<OnboardCustomer>(id, { type: 'OnboardCustomer', ...fields }, request);
  }
}
