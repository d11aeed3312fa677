import type { ProductType } from '@ledger/domain';
import type { Rng } from './prng';

export interface Product {
  productCode: string;
  productType: ProductType;
  /** Months to maturity; absent for products without a term. */
  termMonths?: number;
  /** Annual yield (or rate), paid out with the proceeds at maturity. */
  annualRate: number;
}

// prettier-ignore
const CATALOG: readonly Product[] = [
  { productCode: 'DD-CNY', productType: 'deposit', annualRate: 0.002 },
  { productCode: 'TD-3M-CNY', productType: 'time-deposit', termMonths: 3, annualRate: 0.011 },
  { productCode: 'TD-6M-CNY', productType: 'time-deposit', termMonths: 6, annualRate: 0.013 },
  { productCode: 'TD-12M-CNY', productType: 'time-deposit', termMonths: 12, annualRate: 0.015 },
  { productCode: 'TD-36M-CNY', productType: 'time-deposit', termMonths: 36, annualRate: 0.0195 },
  { productCode: 'WM-180D-STABLE', productType: 'wealth', termMonths: 6, annualRate: 0.027 },
  { productCode: 'WM-365D-BALANCED', productType: 'wealth', termMonths: 12, annualRate: 0.032 },
  { productCode: 'FD-CSI300-INDEX', productType: 'fund', annualRate: 0 },
  { productCode: 'FD-BOND-PLUS', productType: 'fund', annualRate: 0 },
  { productCode: 'INS-ANNUITY-10Y', productType: 'insurance', annualRate: 0 },
  { productCode: 'LN-CONSUMER-24M', productType: 'loan', termMonths: 24, annualRate: 0 },
  { productCode: 'CC-PLATINUM', productType: 'credit-card', annualRate: 0 },
];

/** Which product types a customer picks, by wealth band: richer customers buy wealth and funds. */
const MIX: Readonly<Record<'modest' | 'affluent' | 'corporate', Partial<Record<ProductType, number>>>> = {
  modest: { deposit: 30, 'time-deposit': 35, fund: 8, wealth: 5, 'credit-card': 12, loan: 6, insurance: 4 },
  affluent: { deposit: 10, 'time-deposit': 25, wealth: 28, fund: 22, insurance: 10, 'credit-card': 5 },
  corporate: { deposit: 30, 'time-deposit': 35, wealth: 20, loan: 15 },
};

export function pickProduct(rng: Rng, band: keyof typeof MIX, type?: ProductType): Product {
  const productType = type ?? rng.weighted(MIX[band] as Record<ProductType, number>);
  return rng.pick(CATALOG.filter((product) => product.productType === productType));
}

export function productByCode(code: string): Product | undefined {
  return CATALOG.find((product) => product.productCode === code);
}

/** Every product of the demo bank's catalog, in catalog order. */
export function catalogProducts(): readonly Product[] {
  return CATALOG;
}
