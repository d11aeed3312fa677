import type { RecordedEvent, StreamVerification } from './event-store.port';
import { verifyChain } from './hash-chain';

/** A stream's head as the store keeps it beside the events. */
export interface RecordedHead {
  revision: number;
  hash: string;
}

/**
 * The hash chain over the stream's rows, then one more check the chain alone cannot make: the
 * store's recorded head must be the chain's last link, so deleting the newest events shows too.
 */
export function verifyAgainstRecordedHead(
  events: readonly RecordedEvent[],
  head: RecordedHead | undefined,
): StreamVerification {
  const chain = verifyChain(events);
  if (!chain.valid) return chain;
  const lastRevision = events.length - 1;
  if (
    head === undefined ? events.length === 0 : head.revision === lastRevision && head.hash === chain.headHash
  ) {
    return chain;
  }
  return {
    valid: false,
    events: chain.events,
    headHash: chain.headHash,
    brokenAt: BigInt(firstDisagreement(head, lastRevision)),
  };
}

/** The first revision the recorded head and the stored rows disagree about. */
function firstDisagreement(head: RecordedHead | undefined, lastRevision: number): number {
  if (head === undefined) return 0;
  if (head.revision !== lastRevision) return Math.min(head.revision, lastRevision) + 1;
  return lastRevision;
}
