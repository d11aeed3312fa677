import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { ReactivateCustomer } from '@ledger/domain';
import { Admits } from '../../auth/roles';
import { type CommandRequest, CommandRequestOf } from '../../command-path/command-request.decorator';
import type { CustomerWritten } from '../../command-path/decision';
import { CustomerIdParams } from '../../common/customer-id.params';
import { decideForCustomer } from '../customer-decision';
import { ReactivateCustomerDto } from './reactivate-customer.dto';

@ApiTags('customer commands')
@Controller('customers')
export class ReactivateCustomerController {
  constructor(private readonly bus: CommandBus) {}

  @Post(':id/reactivation')
  @Admits('relationship-manager', 'admin')
  @ApiOperation({ summary: 'Win back an offboarded customer inside retention (CustomerReactivated)' })
  @ApiCreatedResponse({ description: 'the customer is active again' })
  @ApiConflictResponse({
    description:
      'CUSTOMER_NOT_OFFBOARDED; REACTIVATION_AFTER_ERASURE (details.why: erasure-requested | erased)',
  })
  @ApiUnprocessableEntityResponse({ description: 'RETENTION_ENDED: details.retentionEndsAt' })
  handle(
    @Param() { id }: CustomerIdParams,
    @Body() body: ReactivateCustomerDto,
    @CommandRequestOf() request: CommandRequest,
  ): Promise<CustomerWritten> {
    return decideForCustomer<ReactivateCustomer>(
      this.bus,
      id,
      { type: 'ReactivateCustomer', reason: body.reason },
      request,
    );
  }
}
