import { PRODUCT_EVENT_TYPES, PRODUCT_STREAM_PREFIX, productEventOf, toBusinessDate } from '@ledger/domain';
import type { RecordedEvent } from '@ledger/event-store';
import type { DocumentKey, Projection } from '@ledger/projection-runtime';
import { toWireMoney } from '../shared/wire-money';
import { type ProductDocument, PRODUCTS } from './product-catalog.documents';
import { READS_NO_SEALED_FIELD } from '../shared/sealed-fields';

function documentIds(recorded: RecordedEvent): DocumentKey[] {
  const event = productEventOf(recorded);
  return event === null ? [] : [{ collection: PRODUCTS, id: event.data.code }];
}

/** The catalog entry after one product event; an event before the launch changes nothing. */
export function evolveProductDocument(
  document: ProductDocument | null,
  recorded: RecordedEvent,
): ProductDocument | null {
  const event = productEventOf(recorded);
  if (event === null) return document;
  const position = recorded.position;
  switch (event.type) {
    case 'ProductLaunched': {
      if (document !== null) return document;
      const { type, minimumAmount, term, expectedReturn, targetRule, ...terms } = event.data;
      return {
        _id: terms.code,
        ...terms,
        productType: type,
        minimumAmount: toWireMoney(minimumAmount),
        minimumAmountMinor: minimumAmount.amountMinor,
        term: term ?? null,
        expectedReturn: expectedReturn ?? null,
        targetRule: targetRule ?? null,
        status: 'on-sale',
        saleClosedAt: null,
        saleClosedOn: null,
        withdrawnAt: null,
        position,
      };
    }
    case 'ProductSaleClosed':
      if (document === null || document.status !== 'on-sale') return document;
      return {
        ...document,
        status: 'sale-closed',
        saleClosedAt: event.data.closedAt,
        saleClosedOn: toBusinessDate(event.data.closedAt),
        position,
      };
    case 'ProductWithdrawn':
      return document === null
        ? null
        : { ...document, status: 'withdrawn', withdrawnAt: event.data.withdrawnAt, position };
  }
}

/** The product catalog (issue 16): every launched product with its terms and sale status. */
export const productCatalogProjection: Projection = {
  name: 'product-catalog',
  version: 1,
  collections: [PRODUCTS],
  // Every document follows one product's stream.
  rebuildByStream: true,
  sealedFields: READS_NO_SEALED_FIELD,
  filter: { streamPrefixes: [PRODUCT_STREAM_PREFIX], eventTypes: PRODUCT_EVENT_TYPES },
  documentIds,
  evolve: (document, recorded) => evolveProductDocument(document as ProductDocument | null, recorded),
  // The catalog's queries read the window and status fields only (a catalog is small: one compound index).
  indexes: {
    [PRODUCTS]: [
      { keys: { saleOpensOn: 1, saleClosesOn: 1, status: 1, saleClosedOn: 1 } },
      { keys: { productType: 1, saleOpensOn: 1 } },
    ],
  },
};
