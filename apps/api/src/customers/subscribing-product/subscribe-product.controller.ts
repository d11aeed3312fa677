import { randomUUID } from 'node:crypto';
import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { SubscribeProduct } from '@ledger/domain';
import { Admits } from '../../auth/roles';
import { type CommandRequest, CommandRequestOf } from '../../command-path/command-request.decorator';
import { decideForCustomer } from '../customer-decision';
import { derivedId } from '../../command-path/idempotency';
import type { CustomerWritten } from '../../command-path/decision';
import { CustomerIdParams } from '../../common/customer-id.params';
import { toMinorUnits } from '../../common/money.dto';
import { CatalogTerms } from './catalog-terms';
import { SubscribeProductDto } from './subscribe-product.dto';

@ApiTags('customer commands')
@Controller('customers')
export class SubscribeProductController {
  constructor(
    private readonly bus: CommandBus,
    private readonly catalog: CatalogTerms,
  ) {}

  @Post(':id/holdings')
  @Admits('relationship-manager', 'admin')
  @ApiOperation({
    summary:
      'Subscribe to a product: a new holding (ProductSubscribed), judged by suitability and the catalog terms (422 RISK_ASSESSMENT_EXPIRED, SUITABILITY_MISMATCH, OUTSIDE_SALE_WINDOW, BELOW_MINIMUM_AMOUNT, CURRENCY_MISMATCH, CURRENCY_WITHOUT_RATE, PRODUCT_WITHDRAWN)',
  })
  async handle(
    @Param() { id }: CustomerIdParams,
    @Body() body: SubscribeProductDto,
    @CommandRequestOf() request: CommandRequest,
  ): Promise<CustomerWritten & { holdingId: string }> {
    const holdingId = body.holdingId ?? derivedId(request.context.idempotencyKey, 'holdingId', randomUUID);
    const product = await this.catalog.of(body.productCode, request.context.correlationId);
    return {
      ...(await decideForCustomer<SubscribeProduct>(
        this.bus,
        id,
        {
          type: 'SubscribeProduct',
          ...body,
          holdingId,
          principal: toMinorUnits(body.principal),
          ...(product !== undefined && { product }),
        },
        request,
      )),
      holdingId,
    };
  }
}
