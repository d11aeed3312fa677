import { DEFAULT_POLICIES } from '@ledger/domain';
import {
  type CustomerState,
  dueContacts,
  addDays,
  evolve,
  holidayGreetings,
  initialState,
  isOnboarded,
} from '@ledger/domain';
import type { RecordedEvent } from '@ledger/event-store';
import { customerEventOf, customerIdOfStream } from '../shared/customer-event';
import { foldEvents, readStoreWith } from '../shared/test/fold-events';
import { getWorklist, worklistCandidates } from './get-worklist.query';
import { WORKLIST_CUSTOMERS, type WorklistItem } from './worklist.documents';
import { worklistProjection } from './worklist.projection';
import { ANNA, at, EVA, rmBook } from './test/scenario';

const ledger = rmBook();

/** The full domain state of every customer, folded by the domain alone. */
function domainStates(events: readonly RecordedEvent[]): Map<string, CustomerState> {
  const states = new Map<string, CustomerState>();
  for (const recorded of events) {
    const customerId = customerIdOfStream(recorded.stream);
    const event = customerEventOf(recorded);
    if (customerId !== null && event !== null)
      states.set(customerId, evolve(states.get(customerId) ?? initialState(), event));
  }
  return states;
}

/** Items as sorted text, fields in one order, so the two sides compare as sets. */
const sorted = (items: WorklistItem[]) =>
  items
    .map((item) =>
      JSON.stringify(Object.fromEntries(Object.entries(item).sort(([a], [b]) => a.localeCompare(b)))),
    )
    .sort();

describe('getWorklist candidates', () => {
  it.each([
    at('2026-01-06', '12:00'),
    at('2026-02-22', '12:00'),
    at('2026-04-09', '12:00'),
    at('2027-01-01'),
  ])(
    'never miss a call: with the facts recorded by %s, every day for a year equals dueContacts',
    async (cutoff) => {
      const recorded = ledger.events.filter((event) => event.metadata.recordedAt <= cutoff);
      const store = await readStoreWith(foldEvents(worklistProjection(DEFAULT_POLICIES), recorded));
      const states = [...domainStates(recorded).values()];
      for (let day = 0; day < 400; day++) {
        const date = addDays('2025-11-20', day);
        for (const relationshipManagerId of ['rm-li', 'rm-wang']) {
          const expected = states
            .flatMap((state) => [
              ...dueContacts(state, date),
              ...(isOnboarded(state) ? holidayGreetings(state, date, DEFAULT_POLICIES.holiday) : []),
            ])
            .filter((due) => due.relationshipManagerId === relationshipManagerId)
            .map(({ holdingId, ...due }) => ({ ...due, holdingId: holdingId ?? null }));
          const { items } = await getWorklist(store, { relationshipManagerId, date }, DEFAULT_POLICIES);
          expect([date, relationshipManagerId, sorted(items)]).toEqual([
            date,
            relationshipManagerId,
            sorted(expected),
          ]);
        }
      }
      await store.close();
    },
  );

  it('select only customers who may owe a call that day', async () => {
    const store = await readStoreWith(foldEvents(worklistProjection(DEFAULT_POLICIES), ledger.events));
    const candidates = async (date: string) =>
      (await store.find(WORKLIST_CUSTOMERS, worklistCandidates('rm-li', date, DEFAULT_POLICIES))).map(
        (document) => document._id,
      );
    expect(await candidates('2026-04-20')).toEqual([]);
    expect(await candidates('2026-06-15')).toEqual([ANNA]); // routine call due since 2026-04-23
    expect(await candidates('2026-12-26')).toEqual([ANNA]); // Eva's birthday is not due yet
    expect((await candidates('2026-12-30')).sort()).toEqual([ANNA, EVA].sort()); // the day before it
    await store.close();
  });
});
