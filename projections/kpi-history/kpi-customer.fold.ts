import type { CustomerEvent } from '@ledger/domain';
import type { KpiCustomer, StockChange } from './kpi-history.documents';
import { addChanges, isEmptyChange } from './stock-change';

const WEALTH_OR_FUND: ReadonlySet<string> = new Set(['wealth', 'fund']);

/** Whether the event changes, or needs, the customer's running KPI state. */
export function touchesCustomer(event: CustomerEvent): boolean {
  switch (event.type) {
    case 'CustomerOnboarded':
    case 'CustomerOffboarded':
    case 'TierReassessed':
    case 'AssetsRevalued':
    case 'ProductMatured':
      return true;
    case 'ProductSubscribed':
      return WEALTH_OR_FUND.has(event.data.productType);
    default:
      return false;
  }
}

/** The customer with `change` added to the day's adjustment; days that sum to zero disappear. */
function adjusted(customer: KpiCustomer, day: string, change: StockChange): KpiCustomer {
  const { [day]: current = {}, ...others } = customer.adjustments;
  const next = addChanges(current, change);
  const adjustments = isEmptyChange(next) ? others : { ...others, [day]: next };
  return { ...customer, adjustments, adjusts: Object.keys(adjustments).length > 0 };
}

/**
 * The customer's state after one event dated `day`. Pure: a new document every time (the runtime
 * stamps its position on what evolve returns). Events before onboarding or after offboarding change
 * nothing (the decider refuses them anyway).
 */
export function kpiCustomerEvolve(
  document: KpiCustomer | null,
  event: CustomerEvent,
  day: string,
): KpiCustomer | null {
  if (event.type === 'CustomerOnboarded') {
    if (document !== null) return { ...document };
    const { customerId: _id, tier } = event.data;
    return {
      _id,
      tier,
      assetsMinor: 0,
      wealthOrFundHoldings: [],
      active: true,
      adjusts: false,
      adjustments: {},
    };
  }
  if (document === null || !document.active) return document && { ...document };
  const held = document.wealthOrFundHoldings;
  switch (event.type) {
    case 'TierReassessed':
      return { ...document, tier: event.data.toTier };
    case 'AssetsRevalued':
      return { ...document, assetsMinor: event.data.totalFinancialAssets.amountMinor };
    case 'ProductSubscribed': {
      if (held.includes(event.data.holdingId)) return { ...document };
      const customer = { ...document, wealthOrFundHoldings: [...held, event.data.holdingId] };
      return held.length === 0 ? adjusted(customer, day, { penetrated: 1 }) : customer;
    }
    case 'ProductMatured': {
      if (!held.includes(event.data.holdingId)) return { ...document };
      const wealthOrFundHoldings = held.filter((id) => id !== event.data.holdingId);
      const customer = { ...document, wealthOrFundHoldings };
      return wealthOrFundHoldings.length === 0 ? adjusted(customer, day, { penetrated: -1 }) : customer;
    }
    case 'CustomerOffboarded': {
      // Churn: the customer takes its tier, assets and penetration out of every stock figure.
      const exit = {
        tiers: { [document.tier]: -1 },
        assetsMinor: -document.assetsMinor,
        penetrated: held.length > 0 ? -1 : 0,
      };
      return adjusted({ ...document, active: false }, day, exit);
    }
    default:
      return { ...document };
  }
}
