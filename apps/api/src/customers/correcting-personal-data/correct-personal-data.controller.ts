import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiConflictResponse, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  type CorrectPersonalData,
  type CustomerState,
  customerAggregate,
  isDomainError,
  isOnboarded,
} from '@ledger/domain';
import { Admits } from '../../auth/roles';
import { AggregateRepository } from '../../command-path/aggregate-repository';
import { type CommandRequest, CommandRequestOf } from '../../command-path/command-request.decorator';
import type { CustomerWritten } from '../../command-path/decision';
import { CustomerIdParams } from '../../common/customer-id.params';
import { decideForCustomer } from '../customer-decision';
import { IdNumberRegister } from '../onboarding/id-number-register';
import { CorrectPersonalDataDto } from './correct-personal-data.dto';

@ApiTags('customer commands')
@Controller('customers')
export class CorrectPersonalDataController {
  constructor(
    private readonly bus: CommandBus,
    private readonly repository: AggregateRepository,
    private readonly register: IdNumberRegister,
  ) {}

  @Post(':id/corrections')
  @Admits('relationship-manager', 'admin')
  @ApiOperation({
    summary:
      'Correct name, idNumber or birth date with a reason (PersonalDataCorrected; the idNumber register follows)',
  })
  @ApiCreatedResponse({
    description: 'the correction is recorded (or nothing, when every value was already on file)',
  })
  @ApiConflictResponse({
    description:
      'DUPLICATE_CUSTOMER: the corrected idNumber is on file for another customer (details.existingCustomerId); PERSONAL_DATA_ALREADY_ERASED',
  })
  async handle(
    @Param() { id }: CustomerIdParams,
    @Body() body: CorrectPersonalDataDto,
    @CommandRequestOf() request: CommandRequest,
  ): Promise<CustomerWritten> {
    const { reason, ...corrections } = body;
    const previous = await this.idNumberOnFile(id, request);
    // ADR 0028: claim the new number first (409 appends nothing), record, then free the old one.
    const moves =
      corrections.idNumber !== undefined &&
      previous !== null &&
      !this.register.sameNumber(previous, corrections.idNumber);
    if (moves) await this.register.register(corrections.idNumber as string, id, request);
    let written: CustomerWritten;
    try {
      written = await decideForCustomer<CorrectPersonalData>(
        this.bus,
        id,
        { type: 'CorrectPersonalData', corrections, reason },
        request,
      );
    } catch (error) {
      // A refused correction appended nothing; any other failure may have appended, so the claim stays.
      if (moves && isDomainError(error))
        await this.register.release(corrections.idNumber as string, id, request, 'correction-refused');
      throw error;
    }
    if (moves) await this.register.release(previous, id, request, 'corrected');
    return written;
  }

  /** The number the register holds for this customer now: the one a correction replaces. */
  private async idNumberOnFile(id: string, request: CommandRequest): Promise<string | null> {
    const state = await this.repository.current<CustomerState>(
      customerAggregate,
      id,
      request.context.correlationId,
    );
    return isOnboarded(state) && state.status !== 'erased' ? state.idNumber : null;
  }
}
