/** PIPL art. 47 and anti-money-laundering record keeping: 5 years after the relationship ends. */
export const DEFAULT_RETENTION_YEARS = 5;

function toDate(value: Date | string): Date {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new RangeError(`"${String(value)}" is not a time`);
  return date;
}

/**
 * When the retention period of an offboarded customer ends: the same instant `years` calendar
 * years later (UTC). From 29 February it rolls to 1 March, the later of the two candidates, so
 * records are never released a day early.
 */
export function retentionEndsAt(offboardedAt: Date | string, years: number = DEFAULT_RETENTION_YEARS): Date {
  if (!Number.isInteger(years) || years < 0)
    throw new RangeError('retention years must be a whole number ≥ 0');
  const ends = toDate(offboardedAt);
  ends.setUTCFullYear(ends.getUTCFullYear() + years);
  return ends;
}

export type ErasurePlan =
  /** The relationship is active: the bank must keep the records; nothing is recorded. */
  | { kind: 'refused'; reason: 'relationship-active' }
  /** Record the request (processing is restricted from now) and shred the key at `executeAfter`. */
  | { kind: 'scheduled'; executeAfter: Date; immediate: boolean };

/**
 * What an erasure request means for a customer at `now`. Inside the retention period the key is
 * shredded when the period ends; after it, at once (`immediate`: executeAfter = now).
 */
export function planErasure(input: {
  offboardedAt: Date | string | null;
  now: Date;
  retentionYears?: number;
}): ErasurePlan {
  if (input.offboardedAt === null) return { kind: 'refused', reason: 'relationship-active' };
  const ends = retentionEndsAt(input.offboardedAt, input.retentionYears);
  return ends.getTime() > input.now.getTime()
    ? { kind: 'scheduled', executeAfter: ends, immediate: false }
    : { kind: 'scheduled', executeAfter: new Date(input.now), immediate: true };
}

/** Whether a recorded request is due: its executeAfter has been reached. */
export function isErasureDue(executeAfter: Date | string, now: Date): boolean {
  return toDate(executeAfter).getTime() <= now.getTime();
}
