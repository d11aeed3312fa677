import { givenProduct, launched, PRODUCT_CODE, PRODUCT_MANAGER } from '../../test/product-specification';
import { money } from '../money';
import type { LaunchProduct } from './product.commands';

const NOW = '2026-11-01T09:00:00.000Z';
const by = { code: PRODUCT_CODE, actor: PRODUCT_MANAGER, now: NOW };

const launch: LaunchProduct = {
  ...by,
  type: 'LaunchProduct',
  name: '稳健一年期理财',
  productType: 'wealth',
  riskLevel: 'PR2',
  currency: 'CNY',
  minimumAmount: money(1_000_000),
  saleOpensOn: '2026-11-10',
  saleClosesOn: '2026-11-30',
};

const closed = {
  type: 'ProductSaleClosed',
  schemaVersion: 1,
  data: { code: PRODUCT_CODE, reason: 'quota sold out', closedAt: '2026-11-15T09:00:00.000Z' },
} as const;

describe('launching a product', () => {
  describe('when not launched', () => {
    it('records the product with its terms; `productType` becomes the event type field', () => {
      givenProduct().when(launch).then([launched()]);
    });

    it('keeps term, expected return and the target rule as given', () => {
      const targetRule = { tier: ['WEALTH'], assetsFrom: 50_000_000 };
      givenProduct()
        .when({ ...launch, term: 12, expectedReturn: 0.032, targetRule })
        .then([launched({ term: 12, expectedReturn: 0.032, targetRule })]);
    });

    it('refuses a sale that closes before it opens', () => {
      givenProduct()
        .when({ ...launch, saleOpensOn: '2026-11-30', saleClosesOn: '2026-11-10' })
        .thenThrows('INVALID_SALE_WINDOW');
    });

    it('refuses a minimum in another currency than the product', () => {
      givenProduct()
        .when({ ...launch, minimumAmount: money(1_000_000, 'USD') })
        .thenThrows('INVALID_PRODUCT_TERMS');
    });

    it.each([0, -3, 1.5])('refuses a term of %p months', (term) => {
      givenProduct()
        .when({ ...launch, term })
        .thenThrows('INVALID_PRODUCT_TERMS');
    });

    it('refuses a date that is not a calendar day', () => {
      givenProduct()
        .when({ ...launch, saleOpensOn: '2026-02-30' })
        .thenThrows('INVALID_TIME');
    });
  });

  describe('when launched', () => {
    it('refuses a second launch of the same code', () => {
      givenProduct([launched()]).when(launch).thenThrows('PRODUCT_ALREADY_LAUNCHED');
    });
  });
});

describe("closing a product's sale", () => {
  const close = {
    ...by,
    type: 'CloseProductSale',
    reason: 'quota sold out',
    closedAt: '2026-11-15T09:00:00Z',
  } as const;

  it('records the closure when on sale', () => {
    givenProduct([launched()]).when(close).then([closed]);
  });

  it('is refused for an unknown product', () => {
    givenProduct().when(close).thenThrows('PRODUCT_NOT_FOUND');
  });

  it('is refused once closed', () => {
    givenProduct([launched(), closed]).when(close).thenThrows('PRODUCT_SALE_ALREADY_CLOSED');
  });
});

describe('withdrawing a product', () => {
  const withdraw = { ...by, type: 'WithdrawProduct', reason: 'regulator notice' } as const;
  const withdrawn = {
    type: 'ProductWithdrawn',
    schemaVersion: 1,
    data: { code: PRODUCT_CODE, reason: 'regulator notice', withdrawnAt: NOW },
  } as const;

  it('records the withdrawal, also after the sale closed', () => {
    givenProduct([launched()]).when(withdraw).then([withdrawn]);
    givenProduct([launched(), closed]).when(withdraw).then([withdrawn]);
  });

  it('is refused once withdrawn, and for an unknown product', () => {
    givenProduct([launched(), withdrawn]).when(withdraw).thenThrows('PRODUCT_ALREADY_WITHDRAWN');
    givenProduct().when(withdraw).thenThrows('PRODUCT_NOT_FOUND');
  });
});
