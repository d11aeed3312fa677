import { type Aggregate, decidedBy, type StoredEventShape } from '../aggregate/aggregate';
import type { ProductCommand } from './product.commands';
import { decideProduct } from './product.decider';
import { isProductEventType, type ProductEvent, productOccurredAtOf } from './product.events';
import { evolveProduct, initialProductState, type ProductState } from './product.state';

/** Streams are `product-<code>`: the bank's product code is the id (DESIGN §8). */
export const PRODUCT_STREAM_PREFIX = 'product-';

export function productEventOf(recorded: StoredEventShape): ProductEvent | null {
  if (!isProductEventType(recorded.type)) return null;
  const version = recorded.metadata['schemaVersion'];
  return {
    type: recorded.type,
    schemaVersion: typeof version === 'number' ? version : 1,
    data: recorded.data,
  } as ProductEvent;
}

/** The product (`product-<code>`) as one value for the command path. */
export const productAggregate: Aggregate<ProductCommand, ProductEvent, ProductState> = {
  category: PRODUCT_STREAM_PREFIX.slice(0, -1),
  idOf: (command) => command.code,
  initialState: initialProductState,
  evolve: evolveProduct,
  decide: (command, state) => decidedBy(decideProduct(command, state), command.actor, productOccurredAtOf),
  eventOf: productEventOf,
};
