/** The lengths of a UTC day and hour: business time has no leap seconds and no time zones. */
export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;
