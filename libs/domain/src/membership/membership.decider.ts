import { assertNever } from '../assert-never';
import { AlreadyInHousehold } from '../errors/household.errors';
import type { HouseholdMembershipPolicy } from '../policies/household-membership.policy';
import { toMs } from '../time';
import type { ClaimHouseholdMembership, MembershipCommand } from './membership.commands';
import type { MembershipEvent } from './membership.events';
import type { MembershipState } from './membership.state';

export function decideMembership(
  command: MembershipCommand,
  state: MembershipState,
  policy: HouseholdMembershipPolicy,
): MembershipEvent[] {
  const { customerId, householdId } = command;
  switch (command.type) {
    case 'ClaimHouseholdMembership':
      return claim(command, state, policy);
    case 'ReleaseHouseholdMembership':
      // Only this household's claim is undone; a later household keeps the customer.
      if (state.householdId !== householdId) return [];
      return [
        {
          type: 'HouseholdMembershipReleased',
          schemaVersion: 1,
          data: { customerId, householdId, releasedAt: command.now },
        },
      ];
    default:
      return assertNever(command);
  }
}

function claim(
  command: ClaimHouseholdMembership,
  state: MembershipState,
  policy: HouseholdMembershipPolicy,
): MembershipEvent[] {
  const { customerId, householdId } = command;
  // A retry of the same join: already claimed, nothing to record.
  if (state.householdId === householdId) return [];
  if (state.householdId !== null && !isAbandoned(command, state, policy))
    throw new AlreadyInHousehold(customerId, state.householdId);
  return [
    {
      type: 'HouseholdMembershipClaimed',
      schemaVersion: 1,
      data: { customerId, householdId, claimedAt: command.now },
    },
  ];
}

/**
 * A claim by a household the customer is not a member of (the process stopped between the claim and
 * the join, or between a leave and its release) may be taken over once the policy's time has passed:
 * sooner, the join may still be on its way. Only facts about this very holder count.
 */
function isAbandoned(
  command: ClaimHouseholdMembership,
  state: MembershipState,
  policy: HouseholdMembershipPolicy,
): boolean {
  const facts = command.holder;
  if (facts === null || facts.householdId !== state.householdId || facts.isMember) return false;
  if (state.claimedAt === null) return false;
  return toMs(command.now) - toMs(state.claimedAt) >= policy.abandonedAfterSeconds * 1000;
}
