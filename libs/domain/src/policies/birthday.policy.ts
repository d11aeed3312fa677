import { addDays, isCalendarDate } from '../time';

/** Seed 001 second priority: birthday and holiday greetings (生日节日祝贺), the day before (前一天). */
export type BirthdayPolicy = { policyVersion: string; daysBefore: number };

export const BIRTHDAY_POLICY: BirthdayPolicy = { policyVersion: 'birthday/v2', daysBefore: 1 };

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function birthdayIn(year: number, month: string, day: string): string {
  // A 29 February birthday is celebrated on 28 February in common years: never after the day.
  const leapDay = month === '02' && day === '29' && !isLeapYear(year);
  return `${String(year).padStart(4, '0')}-${month}-${leapDay ? '28' : day}`;
}

/**
 * The first birthday on or after `onOrAfter` ('YYYY-MM-DD'), or null when the birth date is not a
 * date (absent, or erased).
 */
export function nextBirthday(birthDate: string | null, onOrAfter: string): string | null {
  if (birthDate === null || !isCalendarDate(birthDate) || !isCalendarDate(onOrAfter)) return null;
  const [, month = '01', day = '01'] = birthDate.split('-');
  const year = Number(onOrAfter.slice(0, 4));
  const thisYear = birthdayIn(year, month, day);
  return thisYear >= onOrAfter ? thisYear : birthdayIn(year + 1, month, day);
}

/** The greeting for the coming birthday, from daysBefore ahead: { birthday, dueDate } or null. */
export function birthdayReminder(
  birthDate: string | null,
  today: string,
  policy = BIRTHDAY_POLICY,
): { birthday: string; dueDate: string } | null {
  const birthday = nextBirthday(birthDate, today);
  if (birthday === null) return null;
  const dueDate = addDays(birthday, -policy.daysBefore);
  return dueDate <= today ? { birthday, dueDate } : null;
}
