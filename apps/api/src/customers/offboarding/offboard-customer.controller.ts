import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { OffboardCustomer } from '@ledger/domain';
import { Admits } from '../../auth/roles';
import { type CommandRequest, CommandRequestOf } from '../../commands/command-request.decorator';
import { CustomerCommands } from '../../commands/customer-commands';
import type { CommandResult } from '../../commands/record-customer-decision.command';
import { CustomerIdParams } from '../../common/customer-id.params';
import { OffboardCustomerDto } from './offboard-customer.dto';

@ApiTags('customer commands')
@Controller('customers')
export class OffboardCustomerController {
  constructor(private readonly commands: CustomerCommands) {}

  @Post(':id/offboarding')
  @Admits('relationship-manager', 'admin')
  @ApiOperation({ summary: 'Offboard the customer (CustomerOffboarded)' })
  handle(
    @Param() { id }: CustomerIdParams,
    @Body() body: OffboardCustomerDto,
    @CommandRequestOf() request: CommandRequest,
  ): Promise<CommandResult> {
    return this.commands.run<OffboardCustomer>(id, { type: 'OffboardCustomer', ...body }, request);
  }
}
