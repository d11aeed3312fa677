import { erasureExecuteAfter, RETENTION_POLICY, retentionEndsAt } from './retention.policy';

describe('retention policy', () => {
  it('ends five calendar years after offboarding, at the same instant', () => {
    expect(retentionEndsAt('2026-06-30T16:00:00.000Z')).toBe('2031-06-30T16:00:00.000Z');
  });

  it('rolls 29 February forward to 1 March, never a day early', () => {
    expect(retentionEndsAt('2028-02-29T12:00:00.000Z')).toBe('2033-03-01T12:00:00.000Z');
  });

  it('follows a configured number of years', () => {
    expect(retentionEndsAt('2026-06-30T16:00:00.000Z', { ...RETENTION_POLICY, retentionYears: 10 })).toBe(
      '2036-06-30T16:00:00.000Z',
    );
  });

  it('executes at the end of retention, or now when it has passed', () => {
    expect(erasureExecuteAfter('2026-06-30T16:00:00.000Z', '2027-01-01T00:00:00.000Z')).toBe(
      '2031-06-30T16:00:00.000Z',
    );
    expect(erasureExecuteAfter('2020-01-01T00:00:00.000Z', '2027-01-01T00:00:00.000Z')).toBe(
      '2027-01-01T00:00:00.000Z',
    );
  });
});
