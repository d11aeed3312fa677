import { CUSTOMER_EVENT_TYPES, type CustomerEvent, publishedEventData } from '@ledger/domain';
import { corporateJourney, eventsOf, retailJourney } from './test/customer-journeys';
import { problems, servedValidator } from './test/catalog-ajv';

describe('events the customer decider produces', () => {
  const events: CustomerEvent[] = [...eventsOf(retailJourney()), ...eventsOf(corporateJourney())];

  it('cover every event type of the catalog (so the journeys below prove every schema)', () => {
    expect(new Set(events.map((event) => event.type))).toEqual(new Set(CUSTOMER_EVENT_TYPES));
  });

  it.each(events.map((event, index) => [index, event.type, event] as const))(
    'validate against their schema, as published: #%i %s',
    (_index, type, event) => {
      const validate = servedValidator(type);
      expect(validate(publishedEventData(event.data)) ? '' : problems(validate)).toBe('');
      expect(event.schemaVersion).toBe(1);
    },
  );

  it('include both kinds of tier decision: by system on a valuation, and by the committee', () => {
    const decidedBy = events.flatMap((event) =>
      event.type === 'TierReassessed' ? [event.data.decidedBy] : [],
    );
    expect(decidedBy).toEqual(expect.arrayContaining(['system', 'committee-chen']));
  });
});
