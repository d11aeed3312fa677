import {
  type Actor,
  decideProduct,
  DomainError,
  type DomainErrorCode,
  evolveProduct,
  initialProductState,
  money,
  type ProductCommand,
  type ProductEvent,
  type ProductLaunched,
  type ProductTerms,
  productTermsOf,
} from '../src';

type ErrorClass = abstract new (...args: never[]) => DomainError;

export const PRODUCT_MANAGER: Actor = { id: 'pm-sun', role: 'product-manager' };
export const PRODUCT_CODE = 'WM-2026-001';

/** given(product history).when(command).then(events) / .thenThrows(error), for the product decider. */
export function givenProduct(history: ProductEvent[] = []) {
  return {
    when(command: ProductCommand) {
      const run = () => decideProduct(command, history.reduce(evolveProduct, initialProductState()));
      return {
        then(expected: ProductEvent[]) {
          expect(run()).toEqual(expected);
        },
        thenThrows(expected: ErrorClass | DomainErrorCode) {
          let thrown: unknown;
          try {
            run();
          } catch (error) {
            thrown = error;
          }
          expect(thrown).toBeInstanceOf(DomainError);
          const error = thrown as DomainError;
          if (typeof expected === 'string') expect(error.code).toBe(expected);
          else expect(error).toBeInstanceOf(expected);
        },
      };
    },
  };
}

export function launched(data: Partial<ProductLaunched['data']> = {}): ProductLaunched {
  return {
    type: 'ProductLaunched',
    schemaVersion: 1,
    data: {
      code: PRODUCT_CODE,
      name: '稳健一年期理财',
      type: 'wealth',
      riskLevel: 'PR2',
      currency: 'CNY',
      minimumAmount: money(1_000_000),
      saleOpensOn: '2026-11-10',
      saleClosesOn: '2026-11-30',
      launchedAt: '2026-11-01T09:00:00.000Z',
      ...data,
    },
  };
}

/** The terms a subscription command carries, as the api loads them from the product's events. */
export function termsAfter(...events: ProductEvent[]): ProductTerms {
  const terms = productTermsOf(events.reduce(evolveProduct, initialProductState()));
  if (terms === null) throw new Error('no product launched');
  return terms;
}
