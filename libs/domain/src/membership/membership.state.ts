import { assertNever } from '../assert-never';
import type { MembershipEvent } from './membership.events';

/** Which household holds the customer (null: none), and since when. */
export type MembershipState = { householdId: string | null; claimedAt: string | null };

export const initialMembershipState = (): MembershipState => ({ householdId: null, claimedAt: null });

export function evolveMembership(state: MembershipState, event: MembershipEvent): MembershipState {
  switch (event.type) {
    case 'HouseholdMembershipClaimed':
      return { householdId: event.data.householdId, claimedAt: event.data.claimedAt };
    case 'HouseholdMembershipReleased':
      return state.householdId === event.data.householdId ? initialMembershipState() : state;
    default:
      return assertNever(event);
  }
}
