import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { ProductCatalogController } from './catalog/product-catalog.controller';
import { ProductCatalogReads } from './catalog/product-catalog.reads';
import { CloseProductSaleController } from './closing-sale/close-product-sale.controller';
import { LaunchProductController } from './launching-product/launch-product.controller';
import { WithdrawProductController } from './withdrawing-product/withdraw-product.controller';

/** The product catalog (issue 16): product commands on `product-<code>` streams and the catalog reads. */
@Module({
  imports: [CqrsModule],
  controllers: [
    LaunchProductController,
    CloseProductSaleController,
    WithdrawProductController,
    ProductCatalogController,
  ],
  providers: [ProductCatalogReads],
  exports: [ProductCatalogReads],
})
export class ProductsModule {}
