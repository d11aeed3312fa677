import fc from 'fast-check';
import { canonicalIso, FIRST_MS, LAST_MS, timeShaped } from '../test/time-texts';
import { canonicalMs, dateOfDays } from './canonical-time';
import { DAY_MS } from './time-units';

describe('canonical times', () => {
  it('reads every canonical time as Date does', () => {
    fc.assert(
      fc.property(canonicalIso, (iso) => {
        expect(canonicalMs(iso)).toBe(Date.parse(iso));
      }),
    );
  });

  it('reads every canonical date as the midnight UTC Date reads', () => {
    fc.assert(
      fc.property(canonicalIso, (iso) => {
        const date = iso.slice(0, 10);
        expect(canonicalMs(date)).toBe(Date.parse(date));
      }),
    );
  });

  it('accepts a text only when Date reads it to the same instant and prints it back unchanged', () => {
    fc.assert(
      fc.property(timeShaped, (text) => {
        const ms = canonicalMs(text);
        if (ms === null) return;
        expect(ms).toBe(Date.parse(text));
        expect(new Date(ms).toISOString().slice(0, text.length)).toBe(text);
      }),
      { numRuns: 5000 },
    );
  });

  it.each([
    ['2026-02-30', 'a day Date rolls into March'],
    ['2026-02-29T00:00:00.000Z', 'a leap day in a common year'],
    ['2100-02-29', 'a leap day in a century year'],
    ['2026-01-01T24:00:00.000Z', 'the hour Date rolls into the next day'],
    ['2026-13-01', 'a thirteenth month'],
    ['2026-00-10', 'month zero'],
    ['2026-01-00', 'day zero'],
    ['2026-01-01T10:00:00Z', 'a time without milliseconds'],
    ['2026-01-01T10:00:00.000+08:00', 'an offset'],
    ['2026-01-01 10:00:00.000Z', 'a space for the T'],
    ['+002026-01-01T10:00:00.000Z', 'an expanded year'],
    ['２０２６-01-01', 'non-ASCII digits'],
    ['', 'nothing'],
  ])('leaves %s to Date: %s', (text) => {
    expect(canonicalMs(text)).toBeNull();
  });

  it('accepts the leap days the calendar has', () => {
    expect(canonicalMs('2024-02-29')).toBe(Date.parse('2024-02-29'));
    expect(canonicalMs('2000-02-29T23:59:59.999Z')).toBe(Date.parse('2000-02-29T23:59:59.999Z'));
    expect(canonicalMs('0000-02-29')).toBe(Date.parse('0000-02-29'));
  });

  it('leaves a missing time to Date', () => {
    expect(canonicalMs(undefined as unknown as string)).toBeNull();
    expect(canonicalMs(null as unknown as string)).toBeNull();
  });

  it('prints a day count as Date prints its day', () => {
    fc.assert(
      fc.property(fc.integer({ min: FIRST_MS, max: LAST_MS }), (ms) => {
        const days = Math.floor(ms / DAY_MS);
        expect(dateOfDays(days)).toBe(new Date(days * DAY_MS).toISOString().slice(0, 10));
      }),
    );
  });

  it('prints no day outside the four-digit years', () => {
    expect(dateOfDays(Math.floor(FIRST_MS / DAY_MS) - 1)).toBeNull();
    expect(dateOfDays(Math.floor(LAST_MS / DAY_MS) + 1)).toBeNull();
    expect(dateOfDays(Math.floor(FIRST_MS / DAY_MS))).toBe('0000-01-01');
    expect(dateOfDays(Math.floor(LAST_MS / DAY_MS))).toBe('9999-12-31');
  });
});
