import {
  activeHoldingsInCny,
  customerEventOf,
  type CustomerState,
  type DomainPolicies,
  evolve,
  initialState,
  isContactOverdue,
  isOnboarded,
  nextContactDue,
} from '@ledger/domain';
import type { RecordedEvent } from '@ledger/event-store';

export interface BookJudgement {
  /** Customers offboarded while a product was still active: `customerId holdingId`. */
  heldAfterOffboarding: string[];
  /** Events after which active holdings in CNY exceeded total financial assets: `customerId type`. */
  holdingsAboveAssets: string[];
  /** Active customers with a contact cadence at `until`, and how many of them are overdue. */
  cadence: { customers: number; overdue: number };
  cadenceByTier: Record<string, { customers: number; overdue: number }>;
}

/**
 * The book's own rules over a generated log, each customer folded by the domain's evolve:
 * what a bank's ledger could never show (products after offboarding, holdings above assets) and
 * how the contact cadence stands at `until`.
 */
export function judgeBook(
  events: readonly RecordedEvent[],
  until: string,
  policies: DomainPolicies,
): BookJudgement {
  const states = new Map<string, CustomerState>();
  const judgement: BookJudgement = {
    heldAfterOffboarding: [],
    holdingsAboveAssets: [],
    cadence: { customers: 0, overdue: 0 },
    cadenceByTier: {},
  };
  for (const recorded of events) {
    const event = customerEventOf(recorded);
    if (event === null) continue;
    const state = evolve(states.get(recorded.stream) ?? initialState(), event);
    states.set(recorded.stream, state);
    if (!isOnboarded(state)) continue;
    const held = activeHoldingsInCny(state, policies.currencyRates).amountMinor;
    if (held > state.totalFinancialAssets.amountMinor)
      judgement.holdingsAboveAssets.push(`${state.customerId} ${event.type}`);
    if (event.type === 'CustomerOffboarded')
      for (const holding of Object.values(state.holdings))
        if (holding.status === 'active')
          judgement.heldAfterOffboarding.push(`${state.customerId} ${holding.holdingId}`);
  }
  for (const state of states.values()) {
    if (!isOnboarded(state) || state.status !== 'active') continue;
    if (nextContactDue(state, policies.contactCadence, policies.currencyRates) === null) continue;
    const overdue = isContactOverdue(state, until, policies.contactCadence, policies.currencyRates) ? 1 : 0;
    const tier = (judgement.cadenceByTier[state.tier] ??= { customers: 0, overdue: 0 });
    tier.customers++;
    tier.overdue += overdue;
    judgement.cadence.customers++;
    judgement.cadence.overdue += overdue;
  }
  return judgement;
}
