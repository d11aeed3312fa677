import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { OffboardCustomer } from '@ledger/domain';
import { Admits } from '../../auth/roles';
import { type CommandRequest, CommandRequestOf } from '../../command-path/command-request.decorator';
import { decideForCustomer } from '../customer-decision';
import type { CustomerWritten } from '../../command-path/decision';
import { CustomerIdParams } from '../../common/customer-id.params';
import { OffboardCustomerDto } from './offboard-customer.dto';

@ApiTags('customer commands')
@Controller('customers')
export class OffboardCustomerController {
  constructor(private readonly bus: CommandBus) {}

  @Post(':id/offboarding')
  @Admits('relationship-manager', 'admin')
  @ApiOperation({ summary: 'Offboard the customer (CustomerOffboarded)' })
  handle(
    @Param() { id }: CustomerIdParams,
    @Body() body: OffboardCustomerDto,
    @CommandRequestOf() request: CommandRequest,
  ): Promise<CustomerWritten> {
    return decideForCustomer<OffboardCustomer>(this.bus, id, { type: 'OffboardCustomer', ...body }, request);
  }
}
