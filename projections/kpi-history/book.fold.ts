import type { CustomerEvent } from '@ledger/domain';
import type { BookFact, KpiBook } from './book.documents';

/** Product types some figure reads: 理财, 贷款 and the branch targets' deposits and cards. */
export const WEALTH_TYPES: ReadonlySet<string> = new Set(['wealth', 'fund']);
export const LENDING_TYPES: ReadonlySet<string> = new Set(['loan', 'credit-card']);
export const DEPOSIT_TYPES: ReadonlySet<string> = new Set(['deposit', 'time-deposit']);
const held = (type: string) => WEALTH_TYPES.has(type) || LENDING_TYPES.has(type);

/** Whether the event is a fact of the customer's book (see kpiBookEvolve). */
export function touchesBook(event: CustomerEvent): boolean {
  switch (event.type) {
    case 'CustomerOnboarded':
    case 'RelationshipManagerAssigned':
    case 'AssetsRevalued':
    case 'ContactLogged':
    case 'ProductMatured':
    case 'CustomerOffboarded':
      return true;
    case 'ProductSubscribed':
      return held(event.data.productType) || DEPOSIT_TYPES.has(event.data.productType);
    default:
      return false;
  }
}

/** A maturity matters only for a holding penetration tracks. */
const tracks = (facts: readonly BookFact[], holdingId: string): boolean =>
  facts.some((fact) => fact[1] === 's' && fact[3] === holdingId && held(fact[2]));

function factOf(event: CustomerEvent, on: string, facts: readonly BookFact[]): BookFact | null {
  switch (event.type) {
    case 'CustomerOnboarded':
    case 'RelationshipManagerAssigned':
      return [on, 'm', event.data.relationshipManagerId];
    case 'AssetsRevalued':
      return [on, 'v', event.data.totalFinancialAssets.amountMinor];
    case 'ContactLogged':
      return [on, 'c'];
    case 'ProductSubscribed': {
      const { holdingId, productType, principal } = event.data;
      if (!touchesBook(event)) return null;
      return [on, 's', productType, holdingId, principal.amountMinor, principal.currency];
    }
    case 'ProductMatured':
      return tracks(facts, event.data.holdingId) ? [on, 'x', event.data.holdingId] : null;
    case 'CustomerOffboarded':
      return [on, 'o'];
    default:
      return null;
  }
}

/** The facts with `fact` after every fact of its day or earlier: a backdated event keeps day order. */
function inserted(facts: readonly BookFact[], fact: BookFact): BookFact[] {
  let at = facts.length;
  while (at > 0 && facts[at - 1]![0] > fact[0]) at -= 1;
  return at === facts.length ? [...facts, fact] : [...facts.slice(0, at), fact, ...facts.slice(at)];
}

/** The book after one event dated `day`. Pure: a new document every time. */
export function kpiBookEvolve(document: KpiBook | null, event: CustomerEvent, day: string): KpiBook | null {
  if (event.type === 'CustomerOnboarded') {
    if (document !== null) return { ...document };
    const { customerId: _id, branchId, relationshipManagerId } = event.data;
    return {
      _id,
      branchId,
      relationshipManagers: [relationshipManagerId],
      facts: [[day, 'm', relationshipManagerId]],
    };
  }
  if (document === null) return null;
  const fact = factOf(event, day, document.facts);
  if (fact === null) return { ...document };
  const managers = document.relationshipManagers;
  const relationshipManagers =
    fact[1] === 'm' && !managers.includes(fact[2]) ? [...managers, fact[2]] : managers;
  return { ...document, relationshipManagers, facts: inserted(document.facts, fact) };
}
