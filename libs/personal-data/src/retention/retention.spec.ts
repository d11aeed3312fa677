import { isErasureDue, planErasure, retentionEndsAt } from './retention';

describe('retention', () => {
  it('ends five calendar years after offboarding by default, at the same instant', () => {
    expect(retentionEndsAt('2026-03-15T10:30:00.000Z').toISOString()).toBe('2031-03-15T10:30:00.000Z');
    expect(retentionEndsAt(new Date('2026-03-15T10:30:00.000Z'), 7).toISOString()).toBe(
      '2033-03-15T10:30:00.000Z',
    );
  });

  it('rolls 29 February to 1 March, never releasing records a day early', () => {
    expect(retentionEndsAt('2024-02-29T00:00:00.000Z').toISOString()).toBe('2029-03-01T00:00:00.000Z');
    expect(retentionEndsAt('2024-02-29T00:00:00.000Z', 4).toISOString()).toBe('2028-02-29T00:00:00.000Z');
  });

  it('rejects nonsense', () => {
    expect(() => retentionEndsAt('yesterday')).toThrow(RangeError);
    expect(() => retentionEndsAt('2026-01-01T00:00:00Z', -1)).toThrow(RangeError);
    expect(() => retentionEndsAt('2026-01-01T00:00:00Z', 2.5)).toThrow(RangeError);
  });
});

describe('planning an erasure request', () => {
  const offboardedAt = '2026-01-10T00:00:00.000Z';

  it('is refused while the relationship is active', () => {
    expect(planErasure({ offboardedAt: null, now: new Date('2026-01-01T00:00:00Z') })).toEqual({
      kind: 'refused',
      reason: 'relationship-active',
    });
  });

  it('inside the retention period, is scheduled for the end of it', () => {
    expect(planErasure({ offboardedAt, now: new Date('2027-06-01T00:00:00Z') })).toEqual({
      kind: 'scheduled',
      executeAfter: new Date('2031-01-10T00:00:00.000Z'),
      immediate: false,
    });
  });

  it('after the retention period, is executed at once', () => {
    const now = new Date('2031-01-10T00:00:00.000Z');
    expect(planErasure({ offboardedAt, now })).toEqual({
      kind: 'scheduled',
      executeAfter: now,
      immediate: true,
    });
  });

  it('honours a configured period', () => {
    const plan = planErasure({ offboardedAt, now: new Date('2027-06-01T00:00:00Z'), retentionYears: 10 });
    expect(plan).toMatchObject({ executeAfter: new Date('2036-01-10T00:00:00.000Z') });
  });
});

describe('a recorded request', () => {
  it('is due from its executeAfter on, not a millisecond before', () => {
    const executeAfter = '2031-01-10T00:00:00.000Z';
    expect(isErasureDue(executeAfter, new Date('2031-01-09T23:59:59.999Z'))).toBe(false);
    expect(isErasureDue(executeAfter, new Date(executeAfter))).toBe(true);
  });
});
