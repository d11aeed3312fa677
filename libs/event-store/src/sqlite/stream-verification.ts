import type Database from 'better-sqlite3';
import type { RecordedEvent, StreamVerification } from '../event-store.port';
import { verifyChain } from '../hash-chain';

/**
 * The hash chain over the stream's rows, then one more check the chain alone cannot make: the
 * streams table's head must be the chain's last link, so deleting the newest events shows too.
 */
export function verifyAgainstHead(
  db: Database.Database,
  stream: string,
  events: readonly RecordedEvent[],
): StreamVerification {
  const chain = verifyChain(events);
  if (!chain.valid) return chain;
  const head = db
    .prepare<[string], [number, string]>('SELECT revision, hash FROM streams WHERE stream = ?')
    .raw()
    .get(stream);
  const lastRevision = events.length - 1;
  if (head === undefined ? events.length === 0 : head[0] === lastRevision && head[1] === chain.headHash) {
    return chain;
  }
  return {
    valid: false,
    events: chain.events,
    headHash: chain.headHash,
    brokenAt: BigInt(firstDisagreement(head, lastRevision)),
  };
}

/** The first revision the streams table's head and the stored rows disagree about. */
function firstDisagreement(head: [number, string] | undefined, lastRevision: number): number {
  if (head === undefined) return 0;
  if (head[0] !== lastRevision) return Math.min(head[0], lastRevision) + 1;
  return lastRevision;
}
