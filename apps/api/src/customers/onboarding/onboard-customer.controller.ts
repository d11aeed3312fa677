import { randomUUID } from 'node:crypto';
import { Body, Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { OnboardCustomer } from '@ledger/domain';
import { Admits } from '../../auth/roles';
import { type CommandRequest, CommandRequestOf } from '../../command-path/command-request.decorator';
import { decideForCustomer } from '../customer-decision';
import { derivedId } from '../../command-path/idempotency';
import type { CustomerWritten } from '../../command-path/decision';
import { OnboardCustomerDto } from './onboard-customer.dto';

@ApiTags('customer commands')
@Controller('customers')
export class OnboardCustomerController {
  constructor(private readonly bus: CommandBus) {}

  @Post()
  @Admits('relationship-manager', 'admin')
  @ApiOperation({ summary: 'Onboard a customer (CustomerOnboarded)' })
  onboard(
    @Body() body: OnboardCustomerDto,
    @CommandRequestOf() request: CommandRequest,
  ): Promise<CustomerWritten> {
    const { customerId, marketingConsent, ...fields } = body;
    const id = customerId ?? derivedId(request.context.idempotencyKey, 'customerId', randomUUID);
    const consent = { marketing: marketingConsent ?? false };
    return decideForCustomer<OnboardCustomer>(
      this.bus,
      id,
      { type: 'OnboardCustomer', ...fields, consent },
      request,
    );
  }
}
