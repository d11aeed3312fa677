import { Controller, Get, NotFoundException, Param, Query as QueryParams } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ProductView } from '@ledger/projections/product-catalog';
import { Admits } from '../../auth/roles';
import type { Page } from '../../common/page.query';
import { ReadYourWrites } from '../../queries/read-your-writes.pipe';
import { ProductCodeParams } from '../product-code.params';
import { ProductCatalogQueryDto, ProductViewQueryDto } from './product-catalog.query';
import { ProductCatalogReads } from './product-catalog.reads';

/** The catalog is the bank's, not a customer's: every staff role that sells or oversees reads it whole. */
@ApiTags('products')
@Controller('products')
export class ProductCatalogController {
  constructor(private readonly catalog: ProductCatalogReads) {}

  @Get()
  @Admits('product-manager', 'relationship-manager', 'branch-head', 'call-center', 'auditor', 'admin')
  @ApiOperation({
    summary: 'The product catalog, e.g. ?type=wealth&openOn=2026-11-12: { items, page, limit, total }',
  })
  list(
    @QueryParams(ReadYourWrites) { minPosition: _minPosition, type, ...query }: ProductCatalogQueryDto,
  ): Promise<Page<ProductView>> {
    return this.catalog.list({ ...query, ...(type !== undefined && { productType: type }) });
  }

  @Get(':code')
  @Admits('product-manager', 'relationship-manager', 'branch-head', 'call-center', 'auditor', 'admin')
  @ApiOperation({ summary: "One product's terms and sale status (404 for a code not in the catalog)" })
  async product(
    @Param() { code }: ProductCodeParams,
    @QueryParams(ReadYourWrites) _consistency: ProductViewQueryDto,
  ): Promise<ProductView> {
    const product = await this.catalog.product(code);
    if (product === null) throw new NotFoundException(`product ${code} not found`);
    return product;
  }
}
