import { businessTimeOf, isWithinCut, recordedTimeOf } from './event-times';

const recorded = (type: string, data: object, metadata: object = {}) => ({
  type,
  data,
  metadata: { recordedAt: '2026-12-07T09:00:00.000Z', occurredAt: '2026-12-07T09:00:00.000Z', ...metadata },
});

describe('an event’s two times (ADR 0033)', () => {
  it('business time is the fact’s own time field, whatever the event calls it', () => {
    expect(businessTimeOf(recorded('CustomerOnboarded', { onboardedAt: '2025-09-06T09:00:00.000Z' }))).toBe(
      '2025-09-06T09:00:00.000Z',
    );
    expect(businessTimeOf(recorded('CustomerOffboarded', { at: '2026-02-01T09:00:00.000Z' }))).toBe(
      '2026-02-01T09:00:00.000Z',
    );
    expect(businessTimeOf(recorded('AssetsRevalued', { asOf: '2026-03-01T00:00:00.000Z' }))).toBe(
      '2026-03-01T00:00:00.000Z',
    );
  });

  it('falls back to the envelope’s occurredAt for other streams, then to the recorded time', () => {
    const other = recorded('OpportunityOpened', {}, { occurredAt: '2026-05-05T00:00:00.000Z' });
    expect(businessTimeOf(other)).toBe('2026-05-05T00:00:00.000Z');
    expect(
      businessTimeOf({ type: 'X', data: {}, metadata: { recordedAt: '2026-12-07T09:00:00.000Z' } }),
    ).toBe('2026-12-07T09:00:00.000Z');
    expect(recordedTimeOf(other)).toBe('2026-12-07T09:00:00.000Z');
  });

  it('cuts by business time, by recorded time, or both, bounds inclusive', () => {
    const backdated = recorded('ContactLogged', { occurredAt: '2026-02-01T09:00:00.000Z' });
    expect(isWithinCut(backdated, {})).toBe(true);
    expect(isWithinCut(backdated, { asOf: '2026-02-01T09:00:00.000Z' })).toBe(true);
    expect(isWithinCut(backdated, { asOf: '2026-01-31T00:00:00.000Z' })).toBe(false);
    expect(isWithinCut(backdated, { knownAt: '2026-12-07T09:00:00.000Z' })).toBe(true);
    expect(isWithinCut(backdated, { asOf: '2026-03-01T00:00:00Z', knownAt: '2026-06-30T00:00:00Z' })).toBe(
      false,
    );
  });
});
