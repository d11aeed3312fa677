import { type KurrentDBClient, WrongExpectedVersionError, jsonEvent } from '@kurrent/kurrentdb-client';
import { type CheckedEvent, checkAppend } from '../append-validation';
import { WrongExpectedRevision } from '../errors';
import type { AppendResult, EventToAppend, RecordedEvent, StreamState } from '../event-store.port';
import { chainHashV2OfCanonical, HASH_VERSION } from '../hash-v2';
import type { JsonObject } from '../json';
import { findPriorAppend } from './idempotent-retry';
import { readSlice, readTail } from './stream-reads';

/** How far behind the head a retry is recognised by reading the tail; exact revisions also check their slot. */
export const IDEMPOTENCY_WINDOW = 256;
/** Rounds of read-head-then-append when the caller's state was not an exact revision. */
const MAX_ATTEMPTS = 50;

/**
 * Appends with the hash chain. The chain needs the stream head, so every append reads the stream's
 * tail and then appends with that EXACT revision: two writers can never chain onto the same head.
 * A batch whose ids are already in the tail is a retry and gets the original result, whatever the
 * state. A caller's exact state that does not match is a WrongExpectedRevision unless the slot it
 * would have filled holds this very batch; 'any' / 'stream_exists' re-read and retry, boundedly.
 */
export async function appendChained(
  client: KurrentDBClient,
  stream: string,
  events: readonly EventToAppend[],
  streamState: StreamState,
): Promise<AppendResult> {
  const checked = checkAppend(stream, events, { streamState });
  const ids = checked.map((event) => event.eventId);
  const exact = typeof streamState === 'bigint' || streamState === 'no_stream';
  for (let attempt = 1; ; attempt += 1) {
    const tail = await readTail(client, stream, IDEMPOTENCY_WINDOW + ids.length);
    const prior = findPriorAppend(stream, ids, tail);
    if (prior.found) return resultOf(prior.last);
    const head = tail[tail.length - 1];
    const actual = head?.revision ?? 'no_stream';
    if (exact && actual !== streamState) return confirmRetry(client, stream, ids, streamState, actual);
    if (streamState === 'stream_exists' && head === undefined) {
      throw new WrongExpectedRevision(stream, streamState, 'no_stream');
    }
    try {
      const result = await client.appendToStream(stream, chain(stream, checked, head), {
        streamState: actual,
      });
      // The client's result carries the write's position, not the last event's: read that back.
      const [last] = await readSlice(client, stream, result.nextExpectedRevision, 1);
      if (last === undefined) throw new Error(`stream ${stream}: appended revision not readable`);
      return resultOf(last);
    } catch (error) {
      if (!(error instanceof WrongExpectedVersionError)) throw error;
      if (exact) return confirmRetry(client, stream, ids, streamState, error.actualState);
      if (attempt >= MAX_ATTEMPTS) throw new WrongExpectedRevision(stream, streamState, error.actualState);
      // Another writer moved the head between our read and our append: back off a little, re-read.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(2 * attempt, 50)));
    }
  }
}

/** A conflict on an exact state: the batch may fill the slot it was meant for (a lost reply). */
async function confirmRetry(
  client: KurrentDBClient,
  stream: string,
  ids: readonly string[],
  expected: bigint | 'no_stream',
  reported: bigint | 'no_stream',
): Promise<AppendResult> {
  const slotStart = expected === 'no_stream' ? 0n : expected + 1n;
  const slot = await readSlice(client, stream, slotStart, ids.length);
  const prior = findPriorAppend(stream, ids, slot);
  if (prior.found) return resultOf(prior.last);
  // The head as read now names the revision that won; the server's report is the fallback.
  const [head] = await readTail(client, stream, 1);
  const actual = head !== undefined && head.revision !== expected ? head.revision : reported;
  throw new WrongExpectedRevision(stream, expected, actual);
}

/** Hash v2 exactly as the sqlite appender computes it: the revision is the slot the exact append fills. */
function chain(stream: string, events: readonly CheckedEvent[], head: RecordedEvent | undefined) {
  const recordedAt = new Date().toISOString();
  let prevHash = head?.metadata.hash ?? '';
  const next = head === undefined ? 0 : Number(head.revision) + 1;
  return events.map((event, index) => {
    const data = JSON.parse(event.dataJson) as JsonObject;
    const hash = chainHashV2OfCanonical(prevHash, stream, next + index, recordedAt, event);
    const caller = JSON.parse(event.metadataJson) as JsonObject;
    const metadata = { ...caller, recordedAt, hashVersion: HASH_VERSION, prevHash, hash };
    prevHash = hash;
    return jsonEvent({ id: event.eventId, type: event.type, data, metadata });
  });
}

function resultOf(last: RecordedEvent): AppendResult {
  return { nextRevision: last.revision, position: last.position };
}
