import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { WithdrawConsent } from '@ledger/domain';
import { Admits } from '../../auth/roles';
import { type CommandRequest, CommandRequestOf } from '../../command-path/command-request.decorator';
import { decideForCustomer } from '../customer-decision';
import type { CustomerWritten } from '../../command-path/decision';
import { CustomerIdParams } from '../../common/customer-id.params';
import { WithdrawConsentDto } from './withdraw-consent.dto';

@ApiTags('customer commands')
@Controller('customers')
export class WithdrawConsentController {
  constructor(private readonly bus: CommandBus) {}

  @Post(':id/consents/withdrawal')
  @Admits('relationship-manager', 'call-center', 'admin')
  @ApiOperation({
    summary:
      'Record the withdrawal of a consent, applied at once in every read model (ConsentWithdrawn; nothing if not given)',
  })
  handle(
    @Param() { id }: CustomerIdParams,
    @Body() body: WithdrawConsentDto,
    @CommandRequestOf() request: CommandRequest,
  ): Promise<CustomerWritten> {
    return decideForCustomer<WithdrawConsent>(this.bus, id, { type: 'WithdrawConsent', ...body }, request);
  }
}
