import { CONFIGURED_POLICIES as POLICIES } from '../shared/test/configured-policies';
import fc from 'fast-check';
import { customerEventOf, DEFAULT_POLICIES, evolve, initialState, isOnboarded } from '@ledger/domain';
import type { RecordedEvent } from '@ledger/event-store';
import { historyArbitrary, runHistory } from '../../libs/domain/test/customer-scenarios';
import { recordedHistory } from '../shared/test/generated-history';
import type { WorklistCustomer } from './worklist.documents';
import { evolveWorklistCustomer } from './worklist.projection';
import { worklistFacts } from './worklist-facts';
import { worklistKeys } from './worklist-keys';
import { rmBook } from './test/scenario';

const keysOf = ({
  relationshipManagerId,
  cadenceDue,
  largeMovementDue,
  maturityWindows,
  birthdayMonthDay,
  repaymentWindows,
  vipGiftTier,
}: WorklistCustomer) => ({
  relationshipManagerId,
  cadenceDue,
  largeMovementDue,
  maturityWindows,
  birthdayMonthDay,
  repaymentWindows,
  vipGiftTier,
});

/**
 * Folds the events, checking after each one that what the fold carried over equals what it would
 * compute from scratch: the facts trimmed afresh, every key recomputed by its policy.
 */
function foldCheckingCarriedKeys(events: readonly RecordedEvent[]): void {
  let document: WorklistCustomer | null = null;
  for (const event of events) {
    const before: WorklistCustomer | null = document;
    document = evolveWorklistCustomer(before, event, 'id', POLICIES);
    if (document === null) continue;
    const state = evolve(before?.customer ?? initialState(), customerEventOf(event)!);
    if (!isOnboarded(state)) throw new Error('a document without a customer');
    expect(JSON.stringify(worklistFacts(state))).toBe(JSON.stringify(document.customer));
    expect(JSON.stringify(keysOf(document))).toBe(JSON.stringify(worklistKeys(document.customer, POLICIES)));
  }
}

describe('worklist keys carried from event to event', () => {
  it('given a generated history, every document has the keys its policies compute from scratch', () => {
    fc.assert(
      fc.property(historyArbitrary, (history) => {
        foldCheckingCarriedKeys(recordedHistory('c-1', runHistory(history).events));
      }),
      { numRuns: 300 },
    );
  });

  it('given rm-li’s book, every document has the keys computed from scratch', () => {
    const { events } = rmBook();
    for (const stream of new Set(events.map((event) => event.stream))) {
      foldCheckingCarriedKeys(events.filter((event) => event.stream === stream));
    }
  });

  it('given facts already trimmed, when an event changes nothing trimmed, then they are kept as they are', () => {
    const { events } = rmBook();
    const onboarding = evolveWorklistCustomer(null, events[0]!, 'id', DEFAULT_POLICIES)!;
    const moved = { ...onboarding.customer, relationshipManagerId: 'rm-wang' };
    expect(worklistFacts(moved, onboarding.customer)).toBe(moved);
  });
});
