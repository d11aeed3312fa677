import { PRODUCT_EVENT_TYPES, publishedEventData } from '@ledger/domain';
import { problems, servedValidator } from './test/catalog-ajv';
import { productEventsOf, productJourneys } from './test/product-journeys';

describe('events the product decider produces', () => {
  const events = productEventsOf(productJourneys());

  it('cover every product event type of the catalog', () => {
    expect(new Set(events.map((event) => event.type))).toEqual(new Set(PRODUCT_EVENT_TYPES));
  });

  it.each(events.map((event, index) => [index, event.type, event] as const))(
    'validate against their schema: #%i %s',
    (_index, type, event) => {
      const validate = servedValidator(type);
      expect(validate(publishedEventData(event.data)) ? '' : problems(validate)).toBe('');
    },
  );

  it('are refused by the schema when a required term is missing', () => {
    const [launched] = events;
    const { riskLevel: _riskLevel, ...withoutRisk } = launched!.data as { riskLevel: string };
    expect(servedValidator('ProductLaunched')(withoutRisk)).toBe(false);
  });
});
