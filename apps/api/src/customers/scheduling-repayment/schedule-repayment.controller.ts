import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ScheduleRepaymentDue } from '@ledger/domain';
import { Admits } from '../../auth/roles';
import { type CommandRequest, CommandRequestOf } from '../../command-path/command-request.decorator';
import type { CustomerWritten } from '../../command-path/decision';
import { toMinorUnits } from '../../common/money.dto';
import { HoldingParams } from '../../common/nested-id.params';
import { decideForCustomer } from '../customer-decision';
import { ScheduleRepaymentDto } from './schedule-repayment.dto';

@ApiTags('customer commands')
@Controller('customers')
export class ScheduleRepaymentController {
  constructor(private readonly bus: CommandBus) {}

  @Post(':id/holdings/:holdingId/repayment-due')
  @Admits('relationship-manager', 'admin')
  @ApiOperation({
    summary:
      "A loan's or credit card's next repayment day (RepaymentDueScheduled): a P1 reminder the day before; other holdings are refused (422 NOT_A_REPAYABLE_HOLDING)",
  })
  async handle(
    @Param() { id, holdingId }: HoldingParams,
    @Body() { amountDue, ...body }: ScheduleRepaymentDto,
    @CommandRequestOf() request: CommandRequest,
  ): Promise<CustomerWritten & { holdingId: string }> {
    return {
      ...(await decideForCustomer<ScheduleRepaymentDue>(
        this.bus,
        id,
        {
          type: 'ScheduleRepaymentDue',
          ...body,
          holdingId,
          ...(amountDue !== undefined && { amountDue: toMinorUnits(amountDue) }),
        },
        request,
      )),
      holdingId,
    };
  }
}
