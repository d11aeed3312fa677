import { IDENTITY_EVENT_TYPES } from '@ledger/domain';
import { problems, servedValidator } from './test/catalog-ajv';
import { identityEvents } from './test/identity-journey';

describe('events the idNumber register produces', () => {
  const events = identityEvents();

  it('cover every identity event type of the catalog', () => {
    expect(new Set(events.map((event) => event.type))).toEqual(new Set(IDENTITY_EVENT_TYPES));
  });

  it.each(events.map((event, index) => [index, event.type, event] as const))(
    'validate against their schema: #%i %s',
    (_index, type, event) => {
      const validate = servedValidator(type);
      expect(validate(event.data) ? '' : problems(validate)).toBe('');
    },
  );

  it('are refused by the schema when they carry anything more, such as the number itself', () => {
    const [registered] = events;
    expect(servedValidator('IdNumberRegistered')({ ...registered!.data, idNumber: '110101' })).toBe(false);
  });
});
