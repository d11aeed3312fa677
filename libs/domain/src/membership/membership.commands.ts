import type { Actor } from '../actor';

/**
 * What the api knows of the household the register names, loaded from that household's stream:
 * whether the customer is a member of it now.
 */
export type MembershipHolderFacts = { householdId: string; isMember: boolean };

/** Claim the customer for the household it is joining. */
export type ClaimHouseholdMembership = {
  type: 'ClaimHouseholdMembership';
  customerId: string;
  householdId: string;
  /** Facts about the household holding the claim, when the register names another. */
  holder: MembershipHolderFacts | null;
  actor: Actor;
  now: string;
};

/** Free the customer after leaving, or after the join that claimed it was refused. */
export type ReleaseHouseholdMembership = {
  type: 'ReleaseHouseholdMembership';
  customerId: string;
  householdId: string;
  actor: Actor;
  now: string;
};

export type MembershipCommand = ClaimHouseholdMembership | ReleaseHouseholdMembership;
