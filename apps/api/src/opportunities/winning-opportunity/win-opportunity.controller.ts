import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { WinOpportunity } from '@ledger/domain';
import { CurrentCaller } from '../../auth/caller.decorator';
import { Admits, type Caller } from '../../auth/roles';
import { type CommandRequest, CommandRequestOf } from '../../command-path/command-request.decorator';
import { CustomerFactsLoader } from '../customer-facts';
import { decideForOpportunity, type OpportunityWritten } from '../opportunity-decision';
import { OpportunityIdParams } from '../opportunity-id.params';
import { HoldingAttribution } from './holding-attribution';
import { WinOpportunityDto } from './win-opportunity.dto';

@ApiTags('opportunities')
@Controller('opportunities')
export class WinOpportunityController {
  constructor(
    private readonly bus: CommandBus,
    private readonly facts: CustomerFactsLoader,
    private readonly attribution: HoldingAttribution,
  ) {}

  @Post(':id/won')
  @Admits('relationship-manager', 'branch-head', 'admin')
  @ApiOperation({
    summary:
      "Win an opportunity by the customer's subscription (OpportunityWon); 422 OPPORTUNITY_HOLDING_NOT_CUSTOMERS or OPPORTUNITY_PRODUCT_MISMATCH when it does not match, 409 HOLDING_ALREADY_CREDITED when the subscription already won another opportunity",
  })
  async handle(
    @Param() { id }: OpportunityIdParams,
    @Body() body: WinOpportunityDto,
    @CommandRequestOf() request: CommandRequest,
    @CurrentCaller() caller: Caller,
  ): Promise<OpportunityWritten> {
    const customer = await this.facts.ofOpportunity(id, body.holdingId, request.context);
    if (customer === null) return this.win(id, body, customer, request, caller);
    const holding = { customerId: customer.customerId, holdingId: body.holdingId };
    await this.attribution.claim(holding, id, request);
    try {
      return await this.win(id, body, customer, request, caller);
    } catch (error) {
      await this.attribution.release(holding, id, request);
      throw error;
    }
  }

  private win(
    id: string,
    body: WinOpportunityDto,
    customer: WinOpportunity['customer'],
    request: CommandRequest,
    caller: Caller,
  ): Promise<OpportunityWritten> {
    return decideForOpportunity<WinOpportunity>(
      this.bus,
      id,
      { type: 'WinOpportunity', ...body, customer },
      request,
      caller,
    );
  }
}
