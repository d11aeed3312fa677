import { Inject, Injectable } from '@nestjs/common';
import type { ReadStore } from '@ledger/read-store';
import {
  getProduct,
  listProducts,
  type ProductCatalogQuery,
  productsOpenOn,
  productsOpeningOn,
  type ProductView,
} from '@ledger/projections/product-catalog';
import type { Page } from '../../common/page.query';
import { READ_STORE } from '../../infrastructure/tokens';

/** The product-catalog read model's queries, called directly (ADR 0012). */
@Injectable()
export class ProductCatalogReads {
  constructor(@Inject(READ_STORE) private readonly reads: ReadStore) {}

  list(query: ProductCatalogQuery): Promise<Page<ProductView>> {
    return listProducts(this.reads, query);
  }

  product(code: string): Promise<ProductView | null> {
    return getProduct(this.reads, code);
  }

  openingOn(days: readonly string[], day: string): Promise<ProductView[]> {
    return productsOpeningOn(this.reads, days, day);
  }

  openOn(day: string): Promise<ProductView[]> {
    return productsOpenOn(this.reads, day);
  }
}
