import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { WithdrawProduct } from '@ledger/domain';
import { Admits } from '../../auth/roles';
import { type CommandRequest, CommandRequestOf } from '../../command-path/command-request.decorator';
import { ProductCodeParams } from '../product-code.params';
import { decideForProduct, type ProductWritten } from '../product-decision';
import { WithdrawProductDto } from './withdraw-product.dto';

@ApiTags('products')
@Controller('products')
export class WithdrawProductController {
  constructor(private readonly bus: CommandBus) {}

  @Post(':code/withdrawal')
  @Admits('product-manager', 'admin')
  @ApiOperation({ summary: 'Withdraw the product from the catalog (ProductWithdrawn)' })
  handle(
    @Param() { code }: ProductCodeParams,
    @Body() body: WithdrawProductDto,
    @CommandRequestOf() request: CommandRequest,
  ): Promise<ProductWritten> {
    return decideForProduct<WithdrawProduct>(this.bus, code, { type: 'WithdrawProduct', ...body }, request);
  }
}
