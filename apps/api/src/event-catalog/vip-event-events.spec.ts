import { VIP_EVENT_EVENT_TYPES } from '@ledger/domain';
import { problems, servedValidator } from './test/catalog-ajv';
import { vipEventEvents } from './test/vip-event-journey';

describe('events the VIP event decider produces', () => {
  const events = vipEventEvents();

  it('cover every VIP event type of the catalog', () => {
    expect(new Set(events.map((event) => event.type))).toEqual(new Set(VIP_EVENT_EVENT_TYPES));
  });

  it.each(events.map((event, index) => [index, event.type, event] as const))(
    'validate against their schema: #%i %s',
    (_index, type, event) => {
      const validate = servedValidator(type);
      expect(validate(event.data) ? '' : problems(validate)).toBe('');
    },
  );

  it('are refused by the schema for a day that is not a calendar date', () => {
    const scheduled = events.find((event) => event.type === 'VipEventScheduled');
    expect(servedValidator('VipEventScheduled')({ ...scheduled!.data, date: '2026-12-32' })).toBe(false);
  });
});
