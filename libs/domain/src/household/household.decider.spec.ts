import { specificationOf } from '../../test/aggregate-specification';
import type { Actor } from '../actor';
import { householdAggregate } from './household.aggregate';
import type { FormHousehold, JoinHousehold, LeaveHousehold, MemberFacts } from './household.commands';
import type {
  HouseholdFormed,
  HouseholdMemberJoined,
  HouseholdMemberLeft,
  HouseholdRole,
} from './household.events';

const RM: Actor = { id: 'rm-li', role: 'relationship-manager' };
const NOW = '2026-12-07T09:00:00.000Z';
const H = 'h-1';
const given = specificationOf(householdAggregate);
const by = { householdId: H, actor: RM, now: NOW };

const form: FormHousehold = { ...by, type: 'FormHousehold', name: '王家', branchId: 'b1' };
const active = (customerId: string, householdId: string | null = null): MemberFacts => ({
  customerId,
  active: true,
  householdId,
});
const join = (
  customerId: string,
  role: HouseholdRole = 'head',
  customer: MemberFacts | null = active(customerId),
): JoinHousehold => ({ ...by, type: 'JoinHousehold', customerId, role, customer });
const leave = (customerId: string): LeaveHousehold => ({
  ...by,
  type: 'LeaveHousehold',
  customerId,
  reason: 'divorce',
});

const formed: HouseholdFormed = {
  type: 'HouseholdFormed',
  schemaVersion: 1,
  data: { householdId: H, name: '王家', branchId: 'b1', formedAt: NOW },
};
const joined = (customerId: string, role: HouseholdRole = 'head'): HouseholdMemberJoined => ({
  type: 'HouseholdMemberJoined',
  schemaVersion: 1,
  data: { householdId: H, customerId, role, joinedAt: NOW },
});
const left = (customerId: string): HouseholdMemberLeft => ({
  type: 'HouseholdMemberLeft',
  schemaVersion: 1,
  data: { householdId: H, customerId, reason: 'divorce', leftAt: NOW },
});

describe('forming a household', () => {
  it('records the household in its branch', () => {
    given([]).when(form).then([formed]);
  });

  it('keeps a business time given', () => {
    given([])
      .when({ ...form, formedAt: '2026-12-01T00:00:00Z' })
      .then([{ ...formed, data: { ...formed.data, formedAt: '2026-12-01T00:00:00.000Z' } }]);
  });

  it('refuses to form it twice', () => {
    given([formed]).when(form).thenThrows('HOUSEHOLD_ALREADY_FORMED');
  });
});

describe('joining a household', () => {
  describe('when not formed', () => {
    it('refuses with HOUSEHOLD_NOT_FOUND', () => {
      given([]).when(join('c-1')).thenThrows('HOUSEHOLD_NOT_FOUND');
    });
  });

  describe('when formed', () => {
    it('records an active customer as a member in the role given', () => {
      given([formed])
        .when(join('c-2', 'spouse'))
        .then([joined('c-2', 'spouse')]);
    });

    it('refuses an unknown customer', () => {
      const error = given([formed])
        .when(join('c-9', 'child', null))
        .thenThrows('HOUSEHOLD_MEMBER_NOT_ACTIVE');
      expect(error.details).toMatchObject({ customerId: 'c-9', why: 'unknown' });
    });

    it('refuses facts about another customer than the one joining', () => {
      given([formed])
        .when(join('c-1', 'head', active('c-2')))
        .thenThrows('HOUSEHOLD_MEMBER_NOT_ACTIVE');
    });

    it('refuses an offboarded customer', () => {
      const error = given([formed])
        .when(join('c-1', 'head', { customerId: 'c-1', active: false, householdId: null }))
        .thenThrows('HOUSEHOLD_MEMBER_NOT_ACTIVE');
      expect(error.details).toMatchObject({ why: 'offboarded' });
    });

    it('refuses a member of another household, naming it', () => {
      const error = given([formed])
        .when(join('c-1', 'head', active('c-1', 'h-2')))
        .thenThrows('ALREADY_IN_HOUSEHOLD');
      expect(error.details).toEqual({ customerId: 'c-1', householdId: 'h-2' });
    });

    it('records nothing for a retry in the same role', () => {
      given([formed, joined('c-1')])
        .when(join('c-1', 'head', active('c-1', H)))
        .then([]);
    });

    it('refuses the same member in another role', () => {
      given([formed, joined('c-1')])
        .when(join('c-1', 'child', active('c-1', H)))
        .thenThrows('ALREADY_IN_HOUSEHOLD');
    });

    it('takes back a member who left', () => {
      given([formed, joined('c-1'), left('c-1')])
        .when(join('c-1', 'parent'))
        .then([joined('c-1', 'parent')]);
    });
  });
});

describe('leaving a household', () => {
  it('records a member leaving with the reason', () => {
    given([formed, joined('c-1')])
      .when(leave('c-1'))
      .then([left('c-1')]);
  });

  it('refuses a customer who is not a member', () => {
    given([formed, joined('c-1'), left('c-1')])
      .when(leave('c-1'))
      .thenThrows('NOT_A_HOUSEHOLD_MEMBER');
  });

  it('refuses in a household never formed', () => {
    given([]).when(leave('c-1')).thenThrows('HOUSEHOLD_NOT_FOUND');
  });
});
