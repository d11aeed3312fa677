import { DAY_MS } from './time-units';

/*
 * Fast paths for the texts the decider writes: 'YYYY-MM-DD' and 'YYYY-MM-DDTHH:mm:ss.sssZ', years
 * 0000-9999, every field in range. Folds read such times on every event, and Date's parsing and
 * printing were a seventh of a projection rebuild. Anything else returns null so callers take
 * Date's path: offsets, missing milliseconds, and what Date rolls over (02-30, 24:00).
 */
const DATE_LENGTH = 10;
const TIME_LENGTH = 24;
const MAX_YEAR = 9999;

/** Milliseconds since the epoch of a canonical date or time, or null when the text is anything else. */
export function canonicalMs(text: string): number | null {
  // History is untyped JSON: a missing time must still reach Date, which reads it as NaN.
  if (typeof text !== 'string') return null;
  const length = text.length;
  if (length !== DATE_LENGTH && length !== TIME_LENGTH) return null;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  if (text[4] !== '-' || text[7] !== '-' || year < 0 || month < 1 || month > 12) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  const dayMs = daysFromCivil(year, month, day) * DAY_MS;
  if (length === DATE_LENGTH) return dayMs;
  if (text[10] !== 'T' || text[13] !== ':' || text[16] !== ':' || text[19] !== '.' || text[23] !== 'Z') {
    return null;
  }
  const hours = digits(text, 11, 2);
  const minutes = digits(text, 14, 2);
  const seconds = digits(text, 17, 2);
  const ms = digits(text, 20, 3);
  if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59 || seconds < 0 || seconds > 59 || ms < 0) {
    return null;
  }
  return dayMs + ((hours * 60 + minutes) * 60 + seconds) * 1000 + ms;
}

/** 'YYYY-MM-DD' of a day count, or null outside the years Date prints with four digits. */
export function dateOfDays(days: number): string | null {
  const { year, month, day } = civilFromDays(days);
  if (year < 0 || year > MAX_YEAR) return null;
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/** The digits at [from, from + count) as a number, or -1 when one is not a digit. */
function digits(text: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

// Proleptic Gregorian calendar arithmetic, as Date does it (H. Hinnant, "chrono-compatible
// low-level date algorithms"): years start in March so the leap day is the last of the year.

function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const marchMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * marchMonth + 2) / 5) + 1;
  const month = marchMonth < 10 ? marchMonth + 3 : marchMonth - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}
