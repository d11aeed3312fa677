import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { GiveConsent } from '@ledger/domain';
import { Admits } from '../../auth/roles';
import { type CommandRequest, CommandRequestOf } from '../../command-path/command-request.decorator';
import { decideForCustomer } from '../customer-decision';
import type { CustomerWritten } from '../../command-path/decision';
import { CustomerIdParams } from '../../common/customer-id.params';
import { GiveConsentDto } from './give-consent.dto';

@ApiTags('customer commands')
@Controller('customers')
export class GiveConsentController {
  constructor(private readonly bus: CommandBus) {}

  @Post(':id/consents')
  @Admits('relationship-manager', 'call-center', 'admin')
  @ApiOperation({
    summary: 'Record the consent of the customer to a purpose (ConsentGiven; nothing if already given)',
  })
  handle(
    @Param() { id }: CustomerIdParams,
    @Body() body: GiveConsentDto,
    @CommandRequestOf() request: CommandRequest,
  ): Promise<CustomerWritten> {
    return decideForCustomer<GiveConsent>(this.bus, id, { type: 'GiveConsent', ...body }, request);
  }
}
