import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CloseProductSale } from '@ledger/domain';
import { Admits } from '../../auth/roles';
import { type CommandRequest, CommandRequestOf } from '../../command-path/command-request.decorator';
import { ProductCodeParams } from '../product-code.params';
import { decideForProduct, type ProductWritten } from '../product-decision';
import { CloseProductSaleDto } from './close-product-sale.dto';

@ApiTags('products')
@Controller('products')
export class CloseProductSaleController {
  constructor(private readonly bus: CommandBus) {}

  @Post(':code/sale-closure')
  @Admits('product-manager', 'admin')
  @ApiOperation({ summary: "Close the product's sale; later subscriptions are refused (ProductSaleClosed)" })
  handle(
    @Param() { code }: ProductCodeParams,
    @Body() body: CloseProductSaleDto,
    @CommandRequestOf() request: CommandRequest,
  ): Promise<ProductWritten> {
    return decideForProduct<CloseProductSale>(this.bus, code, { type: 'CloseProductSale', ...body }, request);
  }
}
