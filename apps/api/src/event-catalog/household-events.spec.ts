import { HOUSEHOLD_EVENT_TYPES } from '@ledger/domain';
import { problems, servedValidator } from './test/catalog-ajv';
import { householdEvents } from './test/household-journey';

describe('events the household decider produces', () => {
  const events = householdEvents();

  it('cover every household event type of the catalog', () => {
    expect(new Set(events.map((event) => event.type))).toEqual(new Set(HOUSEHOLD_EVENT_TYPES));
  });

  it.each(events.map((event, index) => [index, event.type, event] as const))(
    'validate against their schema: #%i %s',
    (_index, type, event) => {
      const validate = servedValidator(type);
      expect(validate(event.data) ? '' : problems(validate)).toBe('');
    },
  );

  it('are refused by the schema for a role outside the vocabulary', () => {
    const joined = events.find((event) => event.type === 'HouseholdMemberJoined');
    expect(servedValidator('HouseholdMemberJoined')({ ...joined!.data, role: 'cousin' })).toBe(false);
  });
});
