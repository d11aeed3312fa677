import { randomUUID } from 'node:crypto';
import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { LogContact } from '@ledger/domain';
import { Admits } from '../../auth/roles';
import { type CommandRequest, CommandRequestOf } from '../../command-path/command-request.decorator';
import { decideForCustomer } from '../customer-decision';
import { derivedId } from '../../command-path/idempotency';
import type { CustomerWritten } from '../../command-path/decision';
import { CustomerIdParams } from '../../common/customer-id.params';
import { AggregateRepository } from '../../command-path/aggregate-repository';
import { campaignContactFacts } from '../../campaigns/campaign-contact-facts';
import { LogContactDto } from './log-contact.dto';

@ApiTags('customer commands')
@Controller('customers')
export class LogContactController {
  constructor(
    private readonly bus: CommandBus,
    private readonly repository: AggregateRepository,
  ) {}

  @Post(':id/contacts')
  @Admits('relationship-manager', 'call-center', 'admin')
  @ApiOperation({ summary: 'Log a contact with the customer (ContactLogged)' })
  async handle(
    @Param() { id }: CustomerIdParams,
    @Body() body: LogContactDto,
    @CommandRequestOf() request: CommandRequest,
  ): Promise<CustomerWritten & { contactId: string }> {
    const contactId = derivedId(request.context.idempotencyKey, 'contactId', randomUUID);
    const { campaign, ...fields } = body;
    // The campaign's facts come from its stream; the customer's decider judges them.
    const named =
      campaign === undefined
        ? {}
        : {
            campaign: {
              ...campaign,
              facts: await campaignContactFacts(this.repository, campaign.campaignId, id),
            },
          };
    return {
      ...(await decideForCustomer<LogContact>(
        this.bus,
        id,
        { type: 'LogContact', ...fields, ...named, contactId },
        request,
      )),
      contactId,
    };
  }
}
