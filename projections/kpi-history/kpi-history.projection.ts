import type { RecordedEvent } from '@ledger/event-store';
import type { DocumentKey, Projection } from '@ledger/projection-runtime';
import type { ReadDocument } from '@ledger/read-store';
import { customerEventOf } from '@ledger/domain';
import { KPI_BOOKS, type KpiBook } from './book.documents';
import { kpiBookEvolve, touchesBook } from './book.fold';
import { businessDayOf, customerIdOf } from './customer-event';
import { kpiCustomerEvolve, touchesCustomer } from './kpi-customer.fold';
import { countsInDay, kpiDayEvolve } from './kpi-day.fold';
import { KPI_CUSTOMERS, KPI_DAYS, type KpiCustomer, type KpiDay } from './kpi-history.documents';
import { READS_NO_SEALED_FIELD } from '../shared/sealed-fields';

/** The events the fold reads; the rest only advance its checkpoint. */
const KPI_EVENT_TYPES = [
  'CustomerOnboarded',
  'CustomerOffboarded',
  'RelationshipManagerAssigned',
  'TierReassessed',
  'AssetsRevalued',
  'ProductSubscribed',
  'ProductMatured',
  'ContactLogged',
  'ServiceRequestOpened',
  'ServiceRequestResolved',
] as const;

function documentIds(recorded: RecordedEvent): DocumentKey[] {
  const event = customerEventOf(recorded);
  if (event === null) return [];
  const keys: DocumentKey[] = [];
  if (countsInDay(event)) keys.push({ collection: KPI_DAYS, id: businessDayOf(event) });
  if (touchesCustomer(event)) keys.push({ collection: KPI_CUSTOMERS, id: customerIdOf(event) });
  if (touchesBook(event)) keys.push({ collection: KPI_BOOKS, id: customerIdOf(event) });
  return keys;
}

function evolve(
  document: ReadDocument | null,
  recorded: RecordedEvent,
  collection: string,
): ReadDocument | null {
  const event = customerEventOf(recorded);
  if (event === null) return document;
  const day = businessDayOf(event);
  if (collection === KPI_DAYS) return kpiDayEvolve(document as KpiDay | null, event, day);
  if (collection === KPI_BOOKS) return kpiBookEvolve(document as KpiBook | null, event, day);
  return kpiCustomerEvolve(document as KpiCustomer | null, event, day);
}

/**
 * KPI history (DESIGN §3): flows and event-borne stock changes per business day in `kpiDays`; per
 * customer, the running state and the stock changes that need it in `kpiCustomers`. getKpis rolls
 * both up into days, months and quarters. Per customer, the book facts in `kpiBooks`, which
 * getPerformance replays into each relationship manager's and branch's figures (ADR 0020).
 */
export const kpiHistoryProjection: Projection = {
  name: 'kpi-history',
  version: 3,
  collections: [KPI_DAYS, KPI_CUSTOMERS, KPI_BOOKS],
  // Every document follows one customer's stream, or adds up customers' events (KPI days).
  rebuildByStream: true,
  sealedFields: READS_NO_SEALED_FIELD,
  filter: { streamPrefixes: ['customer-'], eventTypes: KPI_EVENT_TYPES },
  documentIds,
  evolve,
  // The query reads only the adjustments of the customers that have any: the index covers both, so
  // the embedded store answers from the keys it holds in memory instead of reading each document.
  indexes: {
    [KPI_CUSTOMERS]: [{ keys: { adjusts: 1, adjustments: 1 } }],
    // One branch's books, and the books a manager ever held (multikey), for scoped performance reads.
    [KPI_BOOKS]: [{ keys: { branchId: 1 } }, { keys: { relationshipManagers: 1 } }],
  },
};
