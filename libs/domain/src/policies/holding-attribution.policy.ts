/**
 * When a holding's claim by an opportunity whose win never got recorded counts as abandoned (the
 * process stopped between the two appends). Not in the seeds: a bank default, long against the
 * milliseconds between the appends, so a concurrent win is never overtaken.
 */
export type HoldingAttributionPolicy = { abandonedAfterSeconds: number };

export const HOLDING_ATTRIBUTION_POLICY: HoldingAttributionPolicy = { abandonedAfterSeconds: 300 };
