import {
  type Actor,
  DEFAULT_POLICIES,
  decideMembership,
  evolveMembership,
  initialMembershipState,
  MEMBERSHIP_EVENT_TYPES,
  type MembershipCommand,
  type MembershipEvent,
} from '@ledger/domain';
import { problems, servedValidator } from './test/catalog-ajv';

const RM: Actor = { id: 'rm-li', role: 'relationship-manager' };
const NOW = '2026-12-07T09:00:00.000Z';
const by = { customerId: 'c-1', actor: RM, now: NOW };

/** A customer who joins a household, leaves it and joins another: every membership event. */
function membershipEvents(): MembershipEvent[] {
  const commands: MembershipCommand[] = [
    { type: 'ClaimHouseholdMembership', ...by, householdId: 'h-1', holder: null },
    { type: 'ReleaseHouseholdMembership', ...by, householdId: 'h-1' },
    { type: 'ClaimHouseholdMembership', ...by, householdId: 'h-2', holder: null },
  ];
  let state = initialMembershipState();
  const events: MembershipEvent[] = [];
  for (const command of commands)
    for (const event of decideMembership(command, state, DEFAULT_POLICIES.householdMembership)) {
      events.push(event);
      state = evolveMembership(state, event);
    }
  return events;
}

describe('events the household membership register produces', () => {
  const events = membershipEvents();

  it('cover every membership event type of the catalog', () => {
    expect(new Set(events.map((event) => event.type))).toEqual(new Set(MEMBERSHIP_EVENT_TYPES));
  });

  it.each(events.map((event, index) => [index, event.type, event] as const))(
    'validate against their schema: #%i %s',
    (_index, type, event) => {
      const validate = servedValidator(type);
      expect(validate(event.data) ? '' : problems(validate)).toBe('');
    },
  );
});
