import type {
  AssetsRevalued,
  ContributionRecorded,
  ProductMatured,
  ProductSubscribed,
} from '../events/holding.events';
import { lookup } from '../json';
import type { Customer, Holding } from './customer-state';

export function withHolding(customer: Customer, data: ProductSubscribed['data']): Customer {
  const holding: Holding = {
    holdingId: data.holdingId,
    productCode: data.productCode,
    productType: data.productType,
    principal: data.principal,
    openedAt: data.openedAt,
    maturityDate: data.maturityDate ?? null,
    status: 'active',
    maturedAt: null,
    proceeds: null,
    rolledOverInto: null,
  };
  return { ...customer, holdings: { ...customer.holdings, [holding.holdingId]: holding } };
}

export function withMaturity(customer: Customer, data: ProductMatured['data']): Customer {
  const holding = lookup(customer.holdings, data.holdingId);
  if (holding === undefined) return customer;
  const matured: Holding = {
    ...holding,
    status: 'matured',
    maturedAt: data.maturedAt,
    proceeds: data.proceeds,
    rolledOverInto: data.rolledOverInto ?? null,
  };
  return { ...customer, holdings: { ...customer.holdings, [holding.holdingId]: matured } };
}

/** A valuation without a large movement keeps the last one: it stays on the worklist until handled. */
export function withValuation(customer: Customer, data: AssetsRevalued['data']): Customer {
  const { largeMovement } = data;
  return {
    ...customer,
    totalFinancialAssets: data.totalFinancialAssets,
    lastValuationAt: data.asOf,
    lastLargeMovement:
      largeMovement === null
        ? customer.lastLargeMovement
        : {
            asOf: data.asOf,
            deltaMinor: data.delta.amountMinor,
            escalateToBranchHead: largeMovement.escalateToBranchHead,
          },
  };
}

export function withContribution(customer: Customer, data: ContributionRecorded['data']): Customer {
  const { year, contribution, departmentsEngaged, growthRate } = data;
  return {
    ...customer,
    contributions: {
      ...customer.contributions,
      [String(year)]: { year, contribution, departmentsEngaged, growthRate },
    },
  };
}
