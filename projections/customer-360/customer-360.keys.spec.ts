import { CONFIGURED_POLICIES as POLICIES } from '../shared/test/configured-policies';
import fc from 'fast-check';
import { customerEventOf, DEFAULT_POLICIES, evolve, initialState, isOnboarded } from '@ledger/domain';
import type { RecordedEvent } from '@ledger/event-store';
import { historyArbitrary, runHistory } from '../../libs/domain/test/customer-scenarios';
import { recordedHistory } from '../shared/test/generated-history';
import type { Customer360Document } from './customer-360.document';
import { evolveCustomer360 } from './customer-360.fold';
import { customer360Keys } from './customer-360.keys';
import { ANNA, threeCustomers } from './test/scenario';
import { viewState } from './view-state';

/** The key fields in customer360Keys' order, so the two compare as JSON text. */
const KEY_FIELDS = [
  'segment',
  'tier',
  'relationshipManagerId',
  'status',
  'nextContactDue',
  'lastActivityAt',
  'maturityDates',
  'growingFrom',
  'matureFrom',
  'seniorAfter',
  'flagWindows',
  'flagNames',
  'winBackFrom',
] as const;

const keysOf = (document: Customer360Document) =>
  Object.fromEntries(KEY_FIELDS.map((field) => [field, document[field]]));

/**
 * Folds the events, checking after each one that what the fold carried over equals what it would
 * compute from scratch: the view state trimmed afresh, every key recomputed by its policy.
 */
function foldCheckingCarriedKeys(events: readonly RecordedEvent[]): Customer360Document | null {
  let document: Customer360Document | null = null;
  for (const event of events) {
    const before = document;
    document = evolveCustomer360(before, event, 'id', POLICIES);
    if (document === null) continue;
    const state = evolve(before?.customer ?? initialState(), customerEventOf(event)!);
    if (!isOnboarded(state)) throw new Error('a document without a customer');
    expect(JSON.stringify(viewState(state, null))).toBe(JSON.stringify(document.customer));
    expect(JSON.stringify(keysOf(document))).toBe(
      JSON.stringify(customer360Keys(document.customer, document, POLICIES)),
    );
  }
  return document;
}

describe('customer-360 keys carried from event to event', () => {
  it('given a generated history, every document has the keys its policies compute from scratch', () => {
    fc.assert(
      fc.property(historyArbitrary, (history) => {
        foldCheckingCarriedKeys(recordedHistory('c-1', runHistory(history).events));
      }),
      { numRuns: 300 },
    );
  });

  it('given the three customers ledger, every document has the keys computed from scratch', () => {
    const { events } = threeCustomers();
    for (const id of new Set(events.map((event) => event.stream))) {
      foldCheckingCarriedKeys(events.filter((event) => event.stream === id));
    }
  });

  it('given a document, when a contact is logged, then the maturity dates are carried as they are', () => {
    const events = threeCustomers().events.filter((event) => event.stream === `customer-${ANNA}`);
    const subscribed = events.findIndex((event) => event.type === 'ProductSubscribed');
    const contact = events.findIndex((event, index) => index > subscribed && event.type === 'ContactLogged');
    const before = events
      .slice(0, contact)
      .reduce<Customer360Document | null>(
        (document, event) => evolveCustomer360(document, event, ANNA, DEFAULT_POLICIES),
        null,
      );
    const after = evolveCustomer360(before, events[contact]!, ANNA, DEFAULT_POLICIES);
    expect(before?.maturityDates).toEqual(['2026-04-10']);
    expect(after?.maturityDates).toBe(before?.maturityDates);
  });
});
