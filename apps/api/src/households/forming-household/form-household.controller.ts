import { randomUUID } from 'node:crypto';
import { Body, Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FormHousehold } from '@ledger/domain';
import { Admits } from '../../auth/roles';
import { type CommandRequest, CommandRequestOf } from '../../command-path/command-request.decorator';
import { derivedId } from '../../command-path/idempotency';
import { decideForHousehold, type HouseholdWritten } from '../household-decision';
import { FormHouseholdDto } from './form-household.dto';

@ApiTags('households')
@Controller('households')
export class FormHouseholdController {
  constructor(private readonly bus: CommandBus) {}

  @Post()
  @Admits('relationship-manager', 'admin')
  @ApiOperation({ summary: 'Form a household (HouseholdFormed)' })
  handle(
    @Body() { householdId: given, ...fields }: FormHouseholdDto,
    @CommandRequestOf() request: CommandRequest,
  ): Promise<HouseholdWritten> {
    const householdId = given ?? derivedId(request.context.idempotencyKey, 'householdId', randomUUID);
    return decideForHousehold<FormHousehold>(
      this.bus,
      householdId,
      { type: 'FormHousehold', ...fields },
      request,
    );
  }
}
