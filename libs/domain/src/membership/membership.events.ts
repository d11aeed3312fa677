/**
 * The register of the household a customer is in (`membership-<customerId>`): claimed before the
 * household's HouseholdMemberJoined is appended, at the revision read, so one customer is in one
 * household even when two joins race (ADR 0027).
 */
export type HouseholdMembershipClaimed = {
  type: 'HouseholdMembershipClaimed';
  schemaVersion: 1;
  data: { customerId: string; householdId: string; claimedAt: string };
};

/** The customer left the household, or the join that claimed it was refused: free to join another. */
export type HouseholdMembershipReleased = {
  type: 'HouseholdMembershipReleased';
  schemaVersion: 1;
  data: { customerId: string; householdId: string; releasedAt: string };
};

export type MembershipEvent = HouseholdMembershipClaimed | HouseholdMembershipReleased;

export const MEMBERSHIP_EVENT_TYPES = ['HouseholdMembershipClaimed', 'HouseholdMembershipReleased'] as const;

export function isMembershipEventType(type: string): type is MembershipEvent['type'] {
  return (MEMBERSHIP_EVENT_TYPES as readonly string[]).includes(type);
}

export function membershipOccurredAtOf(event: MembershipEvent): string {
  return event.type === 'HouseholdMembershipClaimed' ? event.data.claimedAt : event.data.releasedAt;
}
