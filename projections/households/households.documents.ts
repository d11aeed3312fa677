import type { HouseholdRole, Money } from '@ledger/domain';
import type { ReadDocument } from '@ledger/read-store';

/** One document per household, keyed by its id: its name, branch and current members. */
export const HOUSEHOLDS = 'households';
/**
 * One document per customer, keyed by the customer's id: their latest valuation and their
 * household. Valuations are kept for every customer, so one made before joining counts at once.
 */
export const HOUSEHOLD_MEMBERS = 'household_members';

export type HouseholdMember = { customerId: string; role: HouseholdRole; joinedAt: string };

export type HouseholdDocument = ReadDocument & {
  householdId: string;
  name: string;
  branchId: string;
  formedAt: string;
  members: HouseholdMember[];
};

export type HouseholdMemberDocument = ReadDocument & {
  customerId: string;
  /**
   * The households the customer is a member of: one at a time in the log, kept as a set so a
   * stream-by-stream rebuild (a later join folded before an earlier leave) ends the same.
   */
  householdIds: string[];
  /** The customer's latest total financial assets; null before a first valuation. */
  totalFinancialAssets: Money | null;
};
