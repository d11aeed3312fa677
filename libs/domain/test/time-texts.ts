import fc from 'fast-check';

// Date prints years 0000-9999 with four digits: the range canonical texts cover.
export const FIRST_MS = Date.parse('0000-01-01T00:00:00.000Z');
export const LAST_MS = Date.parse('9999-12-31T23:59:59.999Z');

export const canonicalIso = fc
  .integer({ min: FIRST_MS, max: LAST_MS })
  .map((ms) => new Date(ms).toISOString());

/** Two digits, half the time within the field's range, else anywhere in 00-99. */
const field = (min: number, max: number) =>
  fc.oneof(fc.integer({ min, max }), fc.integer({ min: 0, max: 99 })).map((n) => String(n).padStart(2, '0'));
/** Time-shaped texts, some canonical, some with a field out of range or a stray separator or zone. */
export const timeShaped = fc
  .tuple(
    fc.integer({ min: 0, max: 9999 }).map((n) => String(n).padStart(4, '0')),
    field(1, 12),
    field(1, 31),
    fc.constantFrom('T', 'T', ' '),
    field(0, 23),
    field(0, 59),
    field(0, 59),
    fc.integer({ min: 0, max: 999 }).map((n) => String(n).padStart(3, '0')),
    fc.constantFrom('Z', 'Z', 'Z', 'z', '+00:00', '+08:00', ''),
    fc.boolean(),
  )
  .map(([year, month, day, t, hours, minutes, seconds, ms, zone, dateOnly]) =>
    dateOnly
      ? `${year}-${month}-${day}`
      : `${year}-${month}-${day}${t}${hours}:${minutes}:${seconds}.${ms}${zone}`,
  );
