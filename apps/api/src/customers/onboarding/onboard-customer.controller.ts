import { randomUUID } from 'node:crypto';
import { Body, Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiConflictResponse, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { isDomainError, type OnboardCustomer } from '@ledger/domain';
import { Admits } from '../../auth/roles';
import { type CommandRequest, CommandRequestOf } from '../../command-path/command-request.decorator';
import { decideForCustomer } from '../customer-decision';
import { derivedId } from '../../command-path/idempotency';
import type { CustomerWritten } from '../../command-path/decision';
import { IdNumberRegister } from './id-number-register';
import { OnboardCustomerDto } from './onboard-customer.dto';

@ApiTags('customer commands')
@Controller('customers')
export class OnboardCustomerController {
  constructor(
    private readonly bus: CommandBus,
    private readonly register: IdNumberRegister,
  ) {}

  @Post()
  @Admits('relationship-manager', 'admin')
  @ApiOperation({ summary: 'Onboard a customer (IdNumberRegistered, CustomerOnboarded)' })
  @ApiCreatedResponse({ description: 'the customer is onboarded and its idNumber on file' })
  @ApiConflictResponse({
    description: 'DUPLICATE_CUSTOMER: the idNumber is on file; details.existingCustomerId names the customer',
  })
  async onboard(
    @Body() body: OnboardCustomerDto,
    @CommandRequestOf() request: CommandRequest,
  ): Promise<CustomerWritten> {
    const { customerId, marketingConsent, profilingConsent, ...fields } = body;
    const id = customerId ?? derivedId(request.context.idempotencyKey, 'customerId', randomUUID);
    const consent = { marketing: marketingConsent ?? false, profiling: profilingConsent ?? false };
    await this.register.register(body.idNumber, id, request);
    try {
      return await decideForCustomer<OnboardCustomer>(
        this.bus,
        id,
        { type: 'OnboardCustomer', ...fields, consent },
        request,
      );
    } catch (error) {
      // A refused onboarding appended nothing: its registration must not keep the number taken.
      if (isDomainError(error)) await this.register.release(body.idNumber, id, request);
      throw error;
    }
  }
}
