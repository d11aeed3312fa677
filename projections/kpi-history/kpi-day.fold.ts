import type { CustomerEvent } from '@ledger/domain';
import { tierDirection } from '@ledger/domain';
import type { KpiDay } from './kpi-history.documents';
import { addChanges, tierMove } from './stock-change';

export function emptyDay(day: string): KpiDay {
  return {
    _id: day,
    newCustomers: 0,
    churnedCustomers: 0,
    upgrades: 0,
    downgrades: 0,
    contactsByChannel: {},
    contactsByPriority: {},
    maturities: 0,
    maturitiesRolledOver: 0,
    serviceRequests: 0,
    serviceRequestsResolved: 0,
    serviceRequestsWithinSla: 0,
    stock: {},
  };
}

/** Whether the event counts in a day document (see kpiDayEvolve). */
export function countsInDay(event: CustomerEvent): boolean {
  switch (event.type) {
    case 'TierReassessed':
      return tierDirection(event.data.fromTier, event.data.toTier) !== 'unchanged';
    case 'AssetsRevalued':
      return event.data.delta.amountMinor !== 0;
    case 'CustomerOnboarded':
    case 'CustomerOffboarded':
    case 'ContactLogged':
    case 'ProductMatured':
    case 'ServiceRequestOpened':
    case 'ServiceRequestResolved':
      return true;
    default:
      return false;
  }
}

const plus = (record: Record<string, number>, key: string): Record<string, number> => ({
  ...record,
  [key]: (record[key] ?? 0) + 1,
});

/** The day's flows after one event dated that day. Pure: returns a new document. */
export function kpiDayEvolve(document: KpiDay | null, event: CustomerEvent, day: string): KpiDay {
  const current = document ?? emptyDay(day);
  switch (event.type) {
    case 'CustomerOnboarded':
      return {
        ...current,
        newCustomers: current.newCustomers + 1,
        stock: addChanges(current.stock, { tiers: { [event.data.tier]: 1 } }),
      };
    case 'CustomerOffboarded':
      return { ...current, churnedCustomers: current.churnedCustomers + 1 };
    case 'TierReassessed': {
      const { fromTier, toTier } = event.data;
      const stock = addChanges(current.stock, tierMove(fromTier, toTier));
      return tierDirection(fromTier, toTier) === 'upgrade'
        ? { ...current, upgrades: current.upgrades + 1, stock }
        : { ...current, downgrades: current.downgrades + 1, stock };
    }
    case 'AssetsRevalued':
      return { ...current, stock: addChanges(current.stock, { assetsMinor: event.data.delta.amountMinor }) };
    case 'ContactLogged':
      return {
        ...current,
        contactsByChannel: plus(current.contactsByChannel, event.data.channel),
        contactsByPriority: plus(current.contactsByPriority, String(event.data.priority)),
      };
    case 'ProductMatured': {
      const rolledOver = event.data.rolledOverInto === undefined ? 0 : 1;
      return {
        ...current,
        maturities: current.maturities + 1,
        maturitiesRolledOver: current.maturitiesRolledOver + rolledOver,
      };
    }
    case 'ServiceRequestOpened':
      return { ...current, serviceRequests: current.serviceRequests + 1 };
    case 'ServiceRequestResolved': {
      const withinSla = event.data.respondedWithinSla && event.data.resolvedWithinSla ? 1 : 0;
      return {
        ...current,
        serviceRequestsResolved: current.serviceRequestsResolved + 1,
        serviceRequestsWithinSla: current.serviceRequestsWithinSla + withinSla,
      };
    }
    default:
      throw new Error(`${event.type} does not count in a KPI day`);
  }
}
