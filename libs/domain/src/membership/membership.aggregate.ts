import { type Aggregate, decidedBy, type StoredEventShape } from '../aggregate/aggregate';
import type { MembershipCommand } from './membership.commands';
import { decideMembership } from './membership.decider';
import { isMembershipEventType, type MembershipEvent, membershipOccurredAtOf } from './membership.events';
import { evolveMembership, initialMembershipState, type MembershipState } from './membership.state';

export const MEMBERSHIP_STREAM_PREFIX = 'membership-';

export function membershipEventOf(recorded: StoredEventShape): MembershipEvent | null {
  if (!isMembershipEventType(recorded.type)) return null;
  return { type: recorded.type, schemaVersion: 1, data: recorded.data } as MembershipEvent;
}

/** The household a customer is in (`membership-<customerId>`), for the command path (ADR 0027). */
export const membershipAggregate: Aggregate<MembershipCommand, MembershipEvent, MembershipState> = {
  category: MEMBERSHIP_STREAM_PREFIX.slice(0, -1),
  idOf: (command) => command.customerId,
  initialState: initialMembershipState,
  evolve: evolveMembership,
  decide: (command, state, policies) =>
    decidedBy(
      decideMembership(command, state, policies.householdMembership),
      command.actor,
      membershipOccurredAtOf,
    ),
  eventOf: membershipEventOf,
};
