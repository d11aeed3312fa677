/**
 * Seed 001 second priority: holiday greetings (节日祝贺), the day before (前一天). The lunar
 * holidays move every year, so the bank configures the dates per year; these are the defaults.
 */
export type Holiday = { name: 'spring-festival' | 'mid-autumn' | 'national-day' | string; date: string };

export type HolidayPolicy = { policyVersion: string; daysBefore: number; holidays: readonly Holiday[] };

export const HOLIDAY_POLICY: HolidayPolicy = {
  policyVersion: 'holiday/v1',
  daysBefore: 1,
  holidays: [
    { name: 'spring-festival', date: '2026-02-17' },
    { name: 'mid-autumn', date: '2026-09-25' },
    { name: 'national-day', date: '2026-10-01' },
    { name: 'spring-festival', date: '2027-02-06' },
    { name: 'mid-autumn', date: '2027-09-15' },
    { name: 'national-day', date: '2027-10-01' },
  ],
};
