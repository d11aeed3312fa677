import fc from 'fast-check';
import { canonicalIso, timeShaped } from '../test/time-texts';
import { addDays, daysBetween, toBusinessDate, toMs } from './time';
import { DAY_MS } from './time-units';

// The definitions through Date the fast paths must agree with, throws included.
const viaDate = {
  toMs: (text: string) => Date.parse(text),
  toBusinessDate: (text: string) => new Date(Date.parse(text)).toISOString().slice(0, 10),
  addDays: (text: string, days: number) =>
    new Date(Date.parse(text) + days * DAY_MS).toISOString().slice(0, 10),
};

/** The outcome of a call: its value, or the kind of error it threw. */
function outcome<T>(call: () => T): T | string {
  try {
    return call();
  } catch (error) {
    return error instanceof Error ? error.constructor.name : 'thrown';
  }
}

const anyText = fc.oneof(
  canonicalIso,
  canonicalIso.map((iso) => iso.slice(0, 10)),
  timeShaped,
  fc.string(),
);
const anyDays = fc.oneof(
  fc.integer({ min: -4000, max: 4000 }),
  fc.double(),
  fc.constantFrom(1e300, -1e300, 0.5),
);

describe('time arithmetic', () => {
  it('reads every text to the instant Date reads', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(toMs(text)).toBe(viaDate.toMs(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('finds the business date Date finds, and throws where it throws', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(outcome(() => toBusinessDate(text))).toBe(outcome(() => viaDate.toBusinessDate(text)));
      }),
      { numRuns: 3000 },
    );
  });

  it('adds days as Date does, and throws where it throws', () => {
    fc.assert(
      fc.property(anyText, anyDays, (text, days) => {
        expect(outcome(() => addDays(text, days))).toBe(outcome(() => viaDate.addDays(text, days)));
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['2026-02-30', '2026-03-02'],
    ['2026-01-01T24:00:00.000Z', '2026-01-02'],
    ['2026-01-01T23:30:00.000-02:00', '2026-01-02'],
    ['2026-01-01T10:00:00Z', '2026-01-01'],
  ])('takes Date’s path for the non-canonical %s', (text, day) => {
    expect(toBusinessDate(text)).toBe(day);
  });

  it('adds a fraction of a day from the time of day, as Date does', () => {
    expect(addDays('2026-01-01T18:00:00.000Z', 0.5)).toBe('2026-01-02');
    expect(addDays('2026-01-01T06:00:00.000Z', 0.5)).toBe('2026-01-01');
  });

  it('crosses months, leap days and years', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-03-01T00:00:00.000Z', -1)).toBe('2026-02-28');
    expect(addDays('2026-12-31T23:59:59.999Z', 1)).toBe('2027-01-01');
  });

  it('throws on a text that is not a time', () => {
    expect(() => toBusinessDate('not a time')).toThrow(RangeError);
    expect(() => addDays('not a time', 1)).toThrow(RangeError);
  });

  it('counts calendar days between canonical and non-canonical times alike', () => {
    expect(daysBetween('2026-01-01T23:00:00.000Z', '2026-01-02T01:00:00.000Z')).toBe(1);
    expect(daysBetween('2026-01-01T23:00:00.000-02:00', '2026-01-02')).toBe(0);
  });
});
