import fc from 'fast-check';
import { DEFAULT_POLICIES, type DomainPolicies, type LifecycleStage, MINING_FLAGS } from '@ledger/domain';
import { historyArbitrary, runHistory } from '../../libs/domain/test/customer-scenarios';
import { foldEvents, readStoreWith } from '../shared/test/fold-events';
import { recordedHistory } from '../shared/test/generated-history';
import { CUSTOMERS, type Customer360Document } from './customer-360.document';
import { customer360Projection } from './customer-360.projection';
import type { Customer360View } from './customer-360.view';
import type { CustomerListFilters } from './customer-filters';
import { listCustomers } from './list-customers.query';
import { present } from './present';

/** A configured set unlike the seed, so a filter that read the defaults would disagree. */
const POLICIES: DomainPolicies = {
  ...DEFAULT_POLICIES,
  dormant: { policyVersion: 'dormant/test', inactiveDays: 30 },
  contactCadence: { policyVersion: 'contact-cadence/test', bands: [{ fromMinor: 1_000_00, everyDays: 5 }] },
  lifecycle: {
    policyVersion: 'lifecycle/test',
    growingFromMonths: 1,
    matureFromMonths: 2,
    seniorAfterMonths: 5,
  },
  sleeping: { policyVersion: 'sleeping/test', inactiveDays: 20 },
  flightRisk: {
    policyVersion: 'flight-risk/test',
    assetsDropFraction: 0.1,
    withinDays: 15,
    productsClosed: 2,
  },
  potential: { ...DEFAULT_POLICIES.potential, assetsFromMinor: 10_000_00, inflowWithinDays: 7 },
};

const LIFECYCLE_STAGES: readonly LifecycleStage[] = ['NEW', 'GROWING', 'MATURE', 'SENIOR'];
const ledgers = fc.array(historyArbitrary, { minLength: 1, maxLength: 4 });
/** Up to 400 days after the last event, in minutes: inside and past every configured period. */
const offsets = fc.integer({ min: 0, max: 400 * 24 * 60 });

const ids = (views: readonly Customer360View[]) => views.map((view) => view.customerId).sort();

describe('the list filters and the policies they restate agree, for generated customers', () => {
  it('dormant, overdue, lifecycle and mining flags: the store’s answer is the predicate’s', async () => {
    await fc.assert(
      fc.asyncProperty(ledgers, offsets, async (histories, minutes) => {
        const events = histories.flatMap((history, i) =>
          recordedHistory(`c-${i}`, runHistory(history).events),
        );
        const last = Math.max(...events.map((event) => Date.parse(event.metadata.recordedAt)));
        const now = new Date(last + minutes * 60_000).toISOString();
        const folded = foldEvents(customer360Projection(POLICIES), events);
        const documents = Object.values(folded[CUSTOMERS] ?? {}) as Customer360Document[];
        const views = documents.map((document) => present(document, now, POLICIES));
        const store = await readStoreWith(folded);
        try {
          const check = async (filters: CustomerListFilters, keep: (view: Customer360View) => boolean) => {
            const page = await listCustomers(store, { ...filters, page: 1, limit: 200 }, now, POLICIES);
            expect(ids(page.items)).toEqual(ids(views.filter(keep)));
          };
          for (const flag of [true, false]) {
            await check({ dormant: flag }, (view) => view.dormant === flag);
            await check({ overdue: flag }, (view) => view.overdue === flag);
          }
          for (const stage of LIFECYCLE_STAGES)
            await check({ lifecycle: stage }, (view) => view.lifecycle === stage);
          for (const flag of MINING_FLAGS)
            await check({ flag }, (view) => view.flags.some((judgment) => judgment.flag === flag));
        } finally {
          await store.close();
        }
      }),
      { numRuns: 40 },
    );
  });

  it('dormant: the contacts in a history change neither the store’s answer nor the predicate’s', async () => {
    await fc.assert(
      fc.asyncProperty(ledgers, offsets, async (histories, minutes) => {
        const events = histories.flatMap((history, i) =>
          recordedHistory(`c-${i}`, runHistory(history).events),
        );
        const last = Math.max(...events.map((event) => Date.parse(event.metadata.recordedAt)));
        const now = new Date(last + minutes * 60_000).toISOString();
        const dormant = async (recorded: typeof events) => {
          const folded = foldEvents(customer360Projection(POLICIES), recorded);
          const documents = Object.values(folded[CUSTOMERS] ?? {}) as Customer360Document[];
          const store = await readStoreWith(folded);
          try {
            const page = await listCustomers(store, { dormant: true, page: 1, limit: 200 }, now, POLICIES);
            const judged = documents.map((document) => present(document, now, POLICIES));
            return { listed: ids(page.items), judged: ids(judged.filter((view) => view.dormant)) };
          } finally {
            await store.close();
          }
        };
        // Seed 003 counts the customer's balance changes: the bank calling them is no activity.
        const uncontacted = events.filter((event) => event.type !== 'ContactLogged');
        expect(await dormant(events)).toEqual(await dormant(uncontacted));
      }),
      { numRuns: 40 },
    );
  });
});
