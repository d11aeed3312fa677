/**
 * How often the event store anchors its hash chains (docs/adr/0018-hash-v2-and-anchors.md): after
 * this many events or seconds, whichever comes first. Not in the seeds: an operational default, small
 * enough that a cut tail is anchored within a minute, large enough that anchors stay a small share of the log.
 */
export type ChainAnchorPolicy = { policyVersion: string; everyEvents: number; everySeconds: number };

export const CHAIN_ANCHOR_POLICY: ChainAnchorPolicy = {
  policyVersion: 'chain-anchors/v1',
  everyEvents: 1000,
  everySeconds: 60,
};
