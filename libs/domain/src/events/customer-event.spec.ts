import { CUSTOMER_EVENT_TYPES, isCustomerEventType, occurredAtOf } from './customer-event';
import { offboarded, onboarded, subscribed } from '../../test/fixtures';

describe('customer events', () => {
  it('publish a catalog of unique PascalCase, past-tense type names', () => {
    expect(new Set(CUSTOMER_EVENT_TYPES).size).toBe(CUSTOMER_EVENT_TYPES.length);
    for (const type of CUSTOMER_EVENT_TYPES) expect(type).toMatch(/^([A-Z][a-z]+)+$/);
    expect(isCustomerEventType('ProductMatured')).toBe(true);
    expect(isCustomerEventType('ProductBought')).toBe(false);
  });

  it('tell their business time for the envelope', () => {
    expect(occurredAtOf(onboarded())).toBe(onboarded().data.onboardedAt);
    expect(occurredAtOf(subscribed())).toBe(subscribed().data.openedAt);
    expect(occurredAtOf(offboarded('2026-06-30T16:00:00.000Z'))).toBe('2026-06-30T16:00:00.000Z');
  });
});
