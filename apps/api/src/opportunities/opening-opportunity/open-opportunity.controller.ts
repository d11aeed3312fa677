import { randomUUID } from 'node:crypto';
import { Body, Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { OpenOpportunity } from '@ledger/domain';
import { CurrentCaller } from '../../auth/caller.decorator';
import { Admits, type Caller } from '../../auth/roles';
import { type CommandRequest, CommandRequestOf } from '../../command-path/command-request.decorator';
import { derivedId } from '../../command-path/idempotency';
import { toMinorUnits } from '../../common/money.dto';
import { CustomerFactsLoader } from '../customer-facts';
import { decideForOpportunity, type OpportunityWritten } from '../opportunity-decision';
import { OpenOpportunityDto } from './open-opportunity.dto';

@ApiTags('opportunities')
@Controller('opportunities')
export class OpenOpportunityController {
  constructor(
    private readonly bus: CommandBus,
    private readonly facts: CustomerFactsLoader,
  ) {}

  @Post()
  @Admits('relationship-manager', 'branch-head', 'admin')
  @ApiOperation({
    summary:
      'Open a sales opportunity for a customer (OpportunityOpened); a relationship manager only in its own book (404 CUSTOMER_NOT_FOUND otherwise)',
  })
  async handle(
    @Body() { opportunityId: given, expectedAmount, ...body }: OpenOpportunityDto,
    @CommandRequestOf() request: CommandRequest,
    @CurrentCaller() caller: Caller,
  ): Promise<OpportunityWritten> {
    const opportunityId = given ?? derivedId(request.context.idempotencyKey, 'opportunityId', randomUUID);
    const customer = await this.facts.customer(body.customerId, request.context);
    return decideForOpportunity<OpenOpportunity>(
      this.bus,
      opportunityId,
      { type: 'OpenOpportunity', ...body, customer, expectedAmount: toMinorUnits(expectedAmount) },
      request,
      caller,
    );
  }
}
