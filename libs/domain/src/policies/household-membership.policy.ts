/**
 * When a customer's membership claim by a household it never joined counts as abandoned (the
 * process stopped between the claim and the join, or between a leave and the release). Not in the
 * seeds: a bank default, long against the milliseconds between the appends, so a concurrent join is
 * never overtaken.
 */
export type HouseholdMembershipPolicy = { abandonedAfterSeconds: number };

export const HOUSEHOLD_MEMBERSHIP_POLICY: HouseholdMembershipPolicy = { abandonedAfterSeconds: 300 };
