import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AssessRiskProfile } from '@ledger/domain';
import { Admits } from '../../auth/roles';
import { type CommandRequest, CommandRequestOf } from '../../command-path/command-request.decorator';
import type { CustomerWritten } from '../../command-path/decision';
import { CustomerIdParams } from '../../common/customer-id.params';
import { decideForCustomer } from '../customer-decision';
import { AssessRiskProfileDto } from './assess-risk-profile.dto';

@ApiTags('customer commands')
@Controller('customers')
export class AssessRiskProfileController {
  constructor(private readonly bus: CommandBus) {}

  @Post(':id/risk-assessments')
  @Admits('relationship-manager', 'admin')
  @ApiOperation({
    summary:
      "Record the customer's risk questionnaire (RiskProfileAssessed), valid for the suitability policy's period",
  })
  handle(
    @Param() { id }: CustomerIdParams,
    @Body() body: AssessRiskProfileDto,
    @CommandRequestOf() request: CommandRequest,
  ): Promise<CustomerWritten> {
    return decideForCustomer<AssessRiskProfile>(
      this.bus,
      id,
      { type: 'AssessRiskProfile', ...body },
      request,
    );
  }
}
