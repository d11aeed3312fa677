import { SqliteEventStore } from '@ledger/event-store';
import {
  customerEventOf,
  type CustomerState,
  dueContacts,
  evolve,
  initialState,
  isOnboarded,
} from '@ledger/domain';
import { README_MANAGER } from './bank-directory';
import { seedLedger } from './seed-ledger';

const UNTIL = '2026-12-07T15:00:00.000Z';
const TODAY = '2026-12-07';

describe("the demo's showcase: the README's manager has a real book (issue 22)", () => {
  let book: CustomerState[];

  beforeAll(async () => {
    const store = new SqliteEventStore(':memory:');
    const summary = await seedLedger({ customers: 120, seed: 5, store, until: UNTIL, showcase: true });
    expect(summary.refusals).toEqual([]);
    const states = new Map<string, CustomerState>();
    for await (const recorded of store.readAll()) {
      const event = customerEventOf(recorded);
      if (event !== null)
        states.set(recorded.stream, evolve(states.get(recorded.stream) ?? initialState(), event));
    }
    await store.close();
    book = [...states.values()].filter(
      (state) => isOnboarded(state) && state.relationshipManagerId === README_MANAGER,
    );
  });

  const due = () => book.flatMap((state) => dueContacts(state, TODAY));

  it('owns generated customers beside the scripted ones', () => {
    expect(book.length).toBeGreaterThan(3);
  });

  it('has a maturity tomorrow, so a maturity call due today', () => {
    expect(due()).toContainEqual(
      expect.objectContaining({ reason: 'maturity', priority: 1, dueDate: TODAY }),
    );
  });

  it('has a birthday tomorrow, so a greeting due today', () => {
    expect(due()).toContainEqual(expect.objectContaining({ reason: 'birthday', dueDate: TODAY }));
  });

  it('has an overdue cadence call', () => {
    const overdue = due().filter((item) => item.reason === 'cadence' && item.dueDate < TODAY);
    expect(overdue.length).toBeGreaterThan(0);
  });
});
