import { Body, Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { LaunchProduct } from '@ledger/domain';
import { Admits } from '../../auth/roles';
import { type CommandRequest, CommandRequestOf } from '../../command-path/command-request.decorator';
import { toMinorUnits } from '../../common/money.dto';
import { decideForProduct, type ProductWritten } from '../product-decision';
import { LaunchProductDto } from './launch-product.dto';

@ApiTags('products')
@Controller('products')
export class LaunchProductController {
  constructor(private readonly bus: CommandBus) {}

  @Post()
  @Admits('product-manager', 'admin')
  @ApiOperation({ summary: 'Launch a product into the catalog (ProductLaunched)' })
  handle(
    @Body() body: LaunchProductDto,
    @CommandRequestOf() request: CommandRequest,
  ): Promise<ProductWritten> {
    const { code, type, minimumAmount, ...terms } = body;
    return decideForProduct<LaunchProduct>(
      this.bus,
      code,
      { type: 'LaunchProduct', ...terms, productType: type, minimumAmount: toMinorUnits(minimumAmount) },
      request,
    );
  }
}
