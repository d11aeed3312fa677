import { addDays, toIso, toMs } from '@ledger/domain';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** A query's `now` as the normalised ISO text stored times are compared with; throws on a non-time. */
export function instantOf(time: string): string {
  const ms = toMs(time);
  if (Number.isNaN(ms)) throw new RangeError(`"${time}" is not a time`);
  return toIso(ms);
}

/**
 * A `from`/`to` filter on an ISO time field, both ends inclusive: a bare date means its whole
 * UTC day, so `to=2026-03-31` keeps everything on the 31st.
 */
export function timeRange(from?: string, to?: string): Record<string, string> | undefined {
  const range: Record<string, string> = {};
  if (from !== undefined) range.$gte = instantOf(from);
  if (to !== undefined) {
    if (DATE_ONLY.test(to)) range.$lt = instantOf(addDays(to, 1));
    else range.$lte = instantOf(to);
  }
  return Object.keys(range).length === 0 ? undefined : range;
}
