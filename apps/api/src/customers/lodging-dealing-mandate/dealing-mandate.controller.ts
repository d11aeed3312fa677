import { randomUUID } from 'node:crypto';
import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type {
  ChangeCreditFacility,
  GrantCreditFacility,
  LodgePhoneAuthorisation,
  LodgeSealSpecimen,
} from '@ledger/domain';
import { Admits } from '../../auth/roles';
import { type CommandRequest, CommandRequestOf } from '../../command-path/command-request.decorator';
import type { CustomerWritten } from '../../command-path/decision';
import { derivedId } from '../../command-path/idempotency';
import { CustomerIdParams } from '../../common/customer-id.params';
import { toMinorUnits } from '../../common/money.dto';
import { decideForCustomer } from '../customer-decision';
import {
  ChangeCreditFacilityDto,
  CreditFacilityParams,
  GrantCreditFacilityDto,
  LodgePhoneAuthorisationDto,
  LodgeSealSpecimenDto,
} from './dealing-mandate.dto';

/** A corporate customer's dealing mandate: what client instructions are checked against (ADR 0029). */
@ApiTags('customer commands')
@Controller('customers')
export class DealingMandateController {
  constructor(private readonly bus: CommandBus) {}

  @Post(':id/seal-specimens')
  @Admits('relationship-manager', 'wealth-specialist', 'admin')
  @ApiOperation({
    summary:
      "Lodge a corporate customer's seal specimen by reference (SealSpecimenLodged); 422 CORPORATE_CUSTOMER_ONLY for a retail customer",
  })
  lodgeSeal(
    @Param() { id }: CustomerIdParams,
    @Body() body: LodgeSealSpecimenDto,
    @CommandRequestOf() request: CommandRequest,
  ): Promise<CustomerWritten> {
    return decideForCustomer<LodgeSealSpecimen>(
      this.bus,
      id,
      { type: 'LodgeSealSpecimen', ...body },
      request,
    );
  }

  @Post(':id/phone-authorisations')
  @Admits('relationship-manager', 'wealth-specialist', 'admin')
  @ApiOperation({
    summary:
      'Lodge who may instruct by phone, until when (PhoneAuthorisationLodged; the callers are encrypted); 422 VALIDITY_BEFORE_LODGING',
  })
  lodgePhone(
    @Param() { id }: CustomerIdParams,
    @Body() body: LodgePhoneAuthorisationDto,
    @CommandRequestOf() request: CommandRequest,
  ): Promise<CustomerWritten> {
    return decideForCustomer<LodgePhoneAuthorisation>(
      this.bus,
      id,
      { type: 'LodgePhoneAuthorisation', ...body },
      request,
    );
  }

  @Post(':id/credit-facilities')
  @Admits('credit-officer', 'admin')
  @ApiOperation({
    summary:
      'Grant the credit facility instructions draw on (CreditFacilityGranted); 409 CREDIT_FACILITY_ALREADY_GRANTED when one is',
  })
  async grant(
    @Param() { id }: CustomerIdParams,
    @Body() { facilityId: given, limit, ...body }: GrantCreditFacilityDto,
    @CommandRequestOf() request: CommandRequest,
  ): Promise<CustomerWritten & { facilityId: string }> {
    const facilityId = given ?? derivedId(request.context.idempotencyKey, 'facilityId', randomUUID);
    const fields = { type: 'GrantCreditFacility' as const, ...body, facilityId, limit: toMinorUnits(limit) };
    return { ...(await decideForCustomer<GrantCreditFacility>(this.bus, id, fields, request)), facilityId };
  }

  @Post(':id/credit-facilities/:facilityId/changes')
  @Admits('credit-officer', 'admin')
  @ApiOperation({
    summary: "Change the facility's limit or term (CreditFacilityChanged); 404 CREDIT_FACILITY_NOT_FOUND",
  })
  change(
    @Param() { id, facilityId }: CreditFacilityParams,
    @Body() { limit, ...body }: ChangeCreditFacilityDto,
    @CommandRequestOf() request: CommandRequest,
  ): Promise<CustomerWritten> {
    const fields = {
      type: 'ChangeCreditFacility' as const,
      ...body,
      facilityId,
      ...(limit !== undefined && { limit: toMinorUnits(limit) }),
    };
    return decideForCustomer<ChangeCreditFacility>(this.bus, id, fields, request);
  }
}
