import { type HouseholdRole, money } from '@ledger/domain';
import type { ReadStore } from '@ledger/read-store';
import { toWireMoney, type WireMoney } from '../shared/wire-money';
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
    totalFinancialAssets: WireMoney | null;
  }[];
  /** The members' latest total financial assets added up (CNY, the ledger's currency). */
  householdAum: WireMoney;
};

/** GET /households/:id: the household, its members and their assets; null when never formed. */
export async function householdView(reads: ReadStore, householdId: string): Promise<HouseholdView | null> {
  const household = await reads.findOne<HouseholdDocument>(HOUSEHOLDS, { _id: householdId });
  if (household === null) return null;
  const assets = await reads.find<HouseholdMemberDocument>(HOUSEHOLD_MEMBERS, { householdIds: householdId });
  const assetsOf = new Map(assets.map((member) => [member.customerId, member.totalFinancialAssets]));
  const amountMinor = household.members.reduce((sum, { customerId }) => {
    const assets = assetsOf.get(customerId);
    return sum + (assets?.currency === 'CNY' ? assets.amountMinor : 0);
  }, 0);
  // Money on the wire as on every route (ADR 0033).
  const members = household.members.map((member) => {
    const assets = assetsOf.get(member.customerId);
    return {
      ...member,
      totalFinancialAssets: assets === undefined || assets === null ? null : toWireMoney(assets),
    };
  });
  const { name, branchId, formedAt } = household;
  const householdAum = toWireMoney(money(amountMinor, 'CNY'));
  return { householdId, name, branchId, formedAt, members, householdAum };
}
