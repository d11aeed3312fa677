import type Database from 'better-sqlite3';
import type { RecordedEvent, StreamVerification } from '../event-store.port';
import { verifyAgainstRecordedHead } from '../stream-head-check';

/** The hash chain over the stream's rows, checked against the streams table's head. */
export function verifyAgainstHead(
  db: Database.Database,
  stream: string,
  events: readonly RecordedEvent[],
): StreamVerification {
  const head = db
    .prepare<[string], [number, string]>('SELECT revision, hash FROM streams WHERE stream = ?')
    .raw()
    .get(stream);
  return verifyAgainstRecordedHead(events, head && { revision: head[0], hash: head[1] });
}
