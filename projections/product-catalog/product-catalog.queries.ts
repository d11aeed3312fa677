import { type ProductTerms, type ProductType, storedMoney } from '@ledger/domain';
import type { ReadStore } from '@ledger/read-store';
import { type Page, type PageRequest, pageWindow } from '../shared/paging';
import { type ProductDocument, PRODUCTS, type ProductView } from './product-catalog.documents';

export type ProductCatalogQuery = PageRequest & {
  productType?: ProductType;
  /** 'YYYY-MM-DD': only products a customer may subscribe on that day. */
  openOn?: string;
};

/** On sale on `day`: inside the window (inclusive), not withdrawn, not closed on or before that day. */
export function openOnFilter(day: string): Record<string, unknown> {
  return {
    saleOpensOn: { $lte: day },
    saleClosesOn: { $gte: day },
    status: { $ne: 'withdrawn' },
    $or: [{ saleClosedOn: null }, { saleClosedOn: { $gt: day } }],
  };
}

function viewOf({
  _id: _key,
  _position: _applied,
  minimumAmountMinor: _minor,
  ...product
}: ProductDocument & { _position?: unknown }): ProductView {
  return product;
}

/** GET /products: the catalog, by sale opening then code. */
export async function listProducts(
  readStore: ReadStore,
  query: ProductCatalogQuery,
): Promise<Page<ProductView>> {
  const filter = {
    ...(query.productType !== undefined && { productType: query.productType }),
    ...(query.openOn !== undefined && openOnFilter(query.openOn)),
  };
  const { page, limit, skip } = pageWindow(query);
  const [products, total] = await Promise.all([
    readStore.find<ProductDocument>(PRODUCTS, filter, { sort: { saleOpensOn: 1, _id: 1 }, skip, limit }),
    readStore.count(PRODUCTS, filter),
  ]);
  return { items: products.map(viewOf), page, limit, total };
}

/** GET /products/:code; null for a code the catalog does not hold. */
export async function getProduct(readStore: ReadStore, code: string): Promise<ProductView | null> {
  const product = await readStore.findOne<ProductDocument>(PRODUCTS, { _id: code });
  return product === null ? null : viewOf(product);
}

/** Products open on `day` whose sale opens on one of `opensOn` (the launch calls' days), every one. */
export async function productsOpeningOn(
  readStore: ReadStore,
  opensOn: readonly string[],
  day: string,
): Promise<ProductView[]> {
  const products = await readStore.find<ProductDocument>(
    PRODUCTS,
    {
      saleOpensOn: { $in: [...opensOn] },
      status: { $ne: 'withdrawn' },
      $or: [{ saleClosedOn: null }, { saleClosedOn: { $gt: day } }],
    },
    { sort: { saleOpensOn: 1, _id: 1 } },
  );
  return products.map(viewOf);
}

/** Every product open on `day`, for suggestions. */
export async function productsOpenOn(readStore: ReadStore, day: string): Promise<ProductView[]> {
  const products = await readStore.find<ProductDocument>(PRODUCTS, openOnFilter(day), { sort: { _id: 1 } });
  return products.map(viewOf);
}

/** The catalog entry as the terms the domain's rules read. */
export function termsOfView(product: ProductView): ProductTerms {
  const { code, productType, riskLevel, currency, saleOpensOn, saleClosesOn, status, saleClosedAt } = product;
  return {
    code,
    productType,
    riskLevel,
    currency,
    minimumAmount: storedMoney(product.minimumAmount),
    saleOpensOn,
    saleClosesOn,
    status,
    saleClosedAt,
  };
}
