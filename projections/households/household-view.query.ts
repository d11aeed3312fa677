import type { HouseholdRole, Money } from '@ledger/domain';
import type { ReadStore } from '@ledger/read-store';
import {
  HOUSEHOLD_MEMBERS,
  HOUSEHOLDS,
  type HouseholdDocument,
  type HouseholdMemberDocument,
} from './households.documents';

export type HouseholdView = {
  householdId: string;
  name: string;
  branchId: string;
  formedAt: string;
  members: {
    customerId: string;
    role: HouseholdRole;
    joinedAt: string;
    totalFinancialAssets: Money | null;
  }[];
  /** The members' latest total financial assets added up (CNY, the ledger's currency). */
  householdAum: Money;
};

/** GET /households/:id: the household, its members and their assets; null when never formed. */
export async function householdView(reads: ReadStore, householdId: string): Promise<HouseholdView | null> {
  const household = await reads.findOne<HouseholdDocument>(HOUSEHOLDS, { _id: householdId });
  if (household === null) return null;
  const assets = await reads.find<HouseholdMemberDocument>(HOUSEHOLD_MEMBERS, { householdIds: householdId });
  const assetsOf = new Map(assets.map((member) => [member.customerId, member.totalFinancialAssets]));
  const members = household.members.map((member) => ({
    ...member,
    totalFinancialAssets: assetsOf.get(member.customerId) ?? null,
  }));
  const amountMinor = members.reduce(
    (sum, { totalFinancialAssets: money }) => sum + (money?.currency === 'CNY' ? money.amountMinor : 0),
    0,
  );
  const { name, branchId, formedAt } = household;
  return { householdId, name, branchId, formedAt, members, householdAum: { amountMinor, currency: 'CNY' } };
}
