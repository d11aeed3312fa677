import type { ReadStore } from '@ledger/read-store';
import { HOUSEHOLD_MEMBERS, type HouseholdMemberDocument, householdView } from '../households';
import { linksOf } from '../related-parties/related-parties.queries';
import { ERASED_MARKER } from '@ledger/domain';
import { CUSTOMERS, type Customer360Document } from './customer-360.document';
import type { HouseholdOfCustomer, RelatedPartyView } from './customer-360.view';

type Connections = { household: HouseholdOfCustomer | null; relatedParties: RelatedPartyView[] };

/**
 * The customer's household and related parties, joined at query time from their own read models,
 * so household AUM follows every member's valuation and a link shows on both sides at once.
 */
export async function connectionsOf(reads: ReadStore, customerId: string): Promise<Connections> {
  const [household, links] = await Promise.all([householdOf(reads, customerId), linksOf(reads, customerId)]);
  const others = [
    ...(household?.members.map((member) => member.customerId) ?? []),
    ...links.map((link) => (link.corporateId === customerId ? link.personId : link.corporateId)),
  ];
  const names = await namesOf(reads, others);
  const nameOf = (id: string) => names.get(id) ?? ERASED_MARKER;
  return {
    household:
      household === null
        ? null
        : {
            ...household,
            members: household.members.map((member) => ({ ...member, name: nameOf(member.customerId) })),
          },
    relatedParties: links.map(({ corporateId, personId, relation, linkedAt }) => {
      const counterpartyId = corporateId === customerId ? personId : corporateId;
      return { corporateId, personId, relation, linkedAt, counterpartyId, name: nameOf(counterpartyId) };
    }),
  };
}

type HouseholdWithoutNames = Omit<HouseholdOfCustomer, 'members'> & {
  members: { customerId: string; role: HouseholdOfCustomer['role'] }[];
};

async function householdOf(reads: ReadStore, customerId: string): Promise<HouseholdWithoutNames | null> {
  const member = await reads.findOne<HouseholdMemberDocument>(HOUSEHOLD_MEMBERS, { _id: customerId });
  const householdId = member?.householdIds[0];
  if (householdId === undefined) return null;
  const view = await householdView(reads, householdId);
  const own = view?.members.find((one) => one.customerId === customerId);
  if (view === null || own === undefined) return null;
  return {
    householdId,
    name: view.name,
    role: own.role,
    members: view.members.map(({ customerId: id, role }) => ({ customerId: id, role })),
    aum: view.householdAum,
  };
}

async function namesOf(reads: ReadStore, customerIds: string[]): Promise<Map<string, string>> {
  if (customerIds.length === 0) return new Map();
  const documents = await reads.find<Customer360Document>(CUSTOMERS, {
    _id: { $in: [...new Set(customerIds)] },
  });
  return new Map(documents.map((document) => [document._id, document.customer.name]));
}
