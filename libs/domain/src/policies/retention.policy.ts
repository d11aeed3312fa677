import { toIso, toMs } from '../time';

/** PIPL art. 47 and anti-money-laundering record keeping: 5 years after the relationship ends. */
export type RetentionPolicy = { policyVersion: string; retentionYears: number };

export const RETENTION_POLICY: RetentionPolicy = { policyVersion: 'retention/v1', retentionYears: 5 };

/**
 * The same instant `retentionYears` calendar years after offboarding (UTC); from 29 February it
 * rolls to 1 March, so records are never released a day early. Matches libs/personal-data.
 */
export function retentionEndsAt(offboardedAt: string, policy = RETENTION_POLICY): string {
  const ends = new Date(toMs(offboardedAt));
  ends.setUTCFullYear(ends.getUTCFullYear() + policy.retentionYears);
  return ends.toISOString();
}

/** When the key may be destroyed: the end of retention, or at once if it has already ended. */
export function erasureExecuteAfter(offboardedAt: string, now: string, policy = RETENTION_POLICY): string {
  const ends = toMs(retentionEndsAt(offboardedAt, policy));
  return toIso(Math.max(ends, toMs(now)));
}
