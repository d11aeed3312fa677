import { specificationOf } from '../../test/aggregate-specification';
import type { Actor } from '../actor';
import { membershipAggregate } from './membership.aggregate';
import type {
  ClaimHouseholdMembership,
  MembershipHolderFacts,
  ReleaseHouseholdMembership,
} from './membership.commands';
import type { HouseholdMembershipClaimed, HouseholdMembershipReleased } from './membership.events';

const RM: Actor = { id: 'rm-li', role: 'relationship-manager' };
const NOW = '2026-12-07T09:00:00.000Z';
/** The policy default: a claim by a household the customer never joined is abandoned after 300 s. */
const JUST_BEFORE = '2026-12-07T09:04:59.999Z';
const ABANDONED = '2026-12-07T09:05:00.000Z';
const given = specificationOf(membershipAggregate);
const C = 'c-1';

const claim = (
  householdId: string,
  holder: MembershipHolderFacts | null = null,
  now = NOW,
): ClaimHouseholdMembership => ({
  type: 'ClaimHouseholdMembership',
  customerId: C,
  householdId,
  holder,
  actor: RM,
  now,
});
const release = (householdId: string): ReleaseHouseholdMembership => ({
  type: 'ReleaseHouseholdMembership',
  customerId: C,
  householdId,
  actor: RM,
  now: NOW,
});
const claimed = (householdId: string, claimedAt = NOW): HouseholdMembershipClaimed => ({
  type: 'HouseholdMembershipClaimed',
  schemaVersion: 1,
  data: { customerId: C, householdId, claimedAt },
});
const released = (householdId: string): HouseholdMembershipReleased => ({
  type: 'HouseholdMembershipReleased',
  schemaVersion: 1,
  data: { customerId: C, householdId, releasedAt: NOW },
});

describe('the household membership register', () => {
  describe('when the customer is in no household', () => {
    it('claims the customer for the household joining', () => {
      given([])
        .when(claim('h-1'))
        .then([claimed('h-1')]);
    });

    it('claims again after a release', () => {
      given([claimed('h-1'), released('h-1')])
        .when(claim('h-2'))
        .then([claimed('h-2')]);
    });

    it('records no release', () => {
      given([]).when(release('h-1')).then([]);
    });
  });

  describe('when a household holds the customer', () => {
    it('records nothing for a retry of the same join', () => {
      given([claimed('h-1')])
        .when(claim('h-1'))
        .then([]);
    });

    it('refuses a second household with ALREADY_IN_HOUSEHOLD, naming the first', () => {
      const error = given([claimed('h-1')])
        .when(claim('h-2'))
        .thenThrows('ALREADY_IN_HOUSEHOLD');
      expect(error.details).toEqual({ customerId: C, householdId: 'h-1' });
    });

    it('refuses while the holder says the customer is a member, however long ago it claimed', () => {
      given([claimed('h-1')])
        .when(claim('h-2', { householdId: 'h-1', isMember: true }, ABANDONED))
        .thenThrows('ALREADY_IN_HOUSEHOLD');
    });

    it('takes over a claim whose join never got recorded once the policy time has passed, not a moment before', () => {
      given([claimed('h-1')])
        .when(claim('h-2', { householdId: 'h-1', isMember: false }, JUST_BEFORE))
        .thenThrows('ALREADY_IN_HOUSEHOLD');
      given([claimed('h-1')])
        .when(claim('h-2', { householdId: 'h-1', isMember: false }, ABANDONED))
        .then([claimed('h-2', ABANDONED)]);
    });

    it('judges only facts about the very holder', () => {
      given([claimed('h-1')])
        .when(claim('h-2', { householdId: 'h-9', isMember: false }, ABANDONED))
        .thenThrows('ALREADY_IN_HOUSEHOLD');
    });

    it('releases only its own claim', () => {
      given([claimed('h-1')])
        .when(release('h-1'))
        .then([released('h-1')]);
      given([claimed('h-2')])
        .when(release('h-1'))
        .then([]);
    });
  });
});
