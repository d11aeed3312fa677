import type { AssetsRevalued, HouseholdEvent } from '@ledger/domain';
import type { HouseholdDocument, HouseholdMemberDocument } from './households.documents';

/** The household's document after one of its events. */
export function evolveHouseholdDocument(
  document: HouseholdDocument | null,
  event: HouseholdEvent,
): HouseholdDocument | null {
  if (event.type === 'HouseholdFormed') return { _id: event.data.householdId, ...event.data, members: [] };
  if (document === null) return null;
  const { customerId } = event.data;
  const others = document.members.filter((member) => member.customerId !== customerId);
  if (event.type === 'HouseholdMemberLeft') return { ...document, members: others };
  const { role, joinedAt } = event.data;
  return { ...document, members: [...others, { customerId, role, joinedAt }] };
}

/** A customer's member document after a valuation or a household event (a leave names its household). */
export function evolveMemberDocument(
  document: HouseholdMemberDocument | null,
  customerId: string,
  event: HouseholdEvent | AssetsRevalued,
): HouseholdMemberDocument {
  const current = document ?? { _id: customerId, customerId, householdIds: [], totalFinancialAssets: null };
  switch (event.type) {
    case 'AssetsRevalued':
      return { ...current, totalFinancialAssets: event.data.totalFinancialAssets };
    case 'HouseholdMemberJoined': {
      const others = current.householdIds.filter((id) => id !== event.data.householdId);
      return { ...current, householdIds: [...others, event.data.householdId] };
    }
    case 'HouseholdMemberLeft':
      return { ...current, householdIds: current.householdIds.filter((id) => id !== event.data.householdId) };
    case 'HouseholdFormed':
      return current;
  }
}
