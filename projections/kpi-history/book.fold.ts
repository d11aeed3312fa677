import type { CustomerEvent } from '@ledger/domain';
import type { BookFact, KpiBook } from './book.documents';

/** Whether the event is a fact of the customer's book (see kpiBookEvolve). */
export function touchesBook(event: CustomerEvent): boolean {
  switch (event.type) {
    case 'CustomerOnboarded':
    case 'RelationshipManagerAssigned':
    case 'AssetsRevalued':
    case 'ContactLogged':
    case 'ProductSubscribed':
    case 'ProductMatured':
    case 'CustomerOffboarded':
      return true;
    default:
      return false;
  }
}

function factOf(event: CustomerEvent, on: string): BookFact | null {
  switch (event.type) {
    case 'CustomerOnboarded':
      return { on, kind: 'managed', by: event.data.relationshipManagerId };
    case 'RelationshipManagerAssigned':
      return { on, kind: 'managed', by: event.data.relationshipManagerId };
    case 'AssetsRevalued':
      return { on, kind: 'valued', assetsMinor: event.data.totalFinancialAssets.amountMinor };
    case 'ContactLogged':
      return { on, kind: 'contacted' };
    case 'ProductSubscribed': {
      const { holdingId, productType, principal } = event.data;
      return {
        on,
        kind: 'subscribed',
        holdingId,
        productType,
        amountMinor: principal.amountMinor,
        currency: principal.currency,
      };
    }
    case 'ProductMatured':
      return { on, kind: 'matured', holdingId: event.data.holdingId };
    case 'CustomerOffboarded':
      return { on, kind: 'offboarded' };
    default:
      return null;
  }
}

/** The facts with `fact` after every fact of its day or earlier: a backdated event keeps day order. */
function inserted(facts: readonly BookFact[], fact: BookFact): BookFact[] {
  let at = facts.length;
  while (at > 0 && facts[at - 1]!.on > fact.on) at -= 1;
  return at === facts.length ? [...facts, fact] : [...facts.slice(0, at), fact, ...facts.slice(at)];
}

/** The book after one event dated `day`. Pure: a new document every time. */
export function kpiBookEvolve(document: KpiBook | null, event: CustomerEvent, day: string): KpiBook | null {
  const fact = factOf(event, day);
  if (event.type === 'CustomerOnboarded') {
    if (document !== null || fact === null) return document && { ...document };
    const { customerId: _id, branchId, relationshipManagerId } = event.data;
    return { _id, branchId, relationshipManagers: [relationshipManagerId], facts: [fact] };
  }
  if (document === null || fact === null) return document && { ...document };
  const managers = document.relationshipManagers;
  const relationshipManagers =
    fact.kind === 'managed' && !managers.includes(fact.by) ? [...managers, fact.by] : managers;
  return { ...document, relationshipManagers, facts: inserted(document.facts, fact) };
}
