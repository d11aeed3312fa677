import { AccessDeniedError, type KurrentDBClient, StreamNotFoundError } from '@kurrent/kurrentdb-client';
import type { ReadByStreamOptions, StreamChunk } from '../event-store.port';
import { comparePositions, type Position } from '../position';
import { serverFilter } from './event-filter';
import { encodePosition, toReadPosition } from './kurrentdb-position';
import { isSystemEvent, toRecordedEvent } from './recorded-event.mapper';
import { readSlice } from './stream-reads';

const EVENTS_PER_CHUNK = 1000;

interface StreamStart {
  stream: string;
  start: Position;
}

/**
 * The log stream by stream. The `$streams` system projection links to the first event of every
 * stream in the order streams were created (the compose file runs the system projections); each
 * stream is then read with readStream up to `upTo`. The projection may lag behind the log, or not
 * run at all: streams created after the last one it linked are found by reading `$all` from there,
 * so a rebuild never misses a stream, only reads more when the projection is behind.
 */
export async function* readStreamsInOrder(
  client: KurrentDBClient,
  { upTo, after, streamPrefixes }: ReadByStreamOptions,
): AsyncGenerator<StreamChunk> {
  const wanted = (stream: string) =>
    streamPrefixes === undefined || streamPrefixes.some((prefix) => stream.startsWith(prefix));
  const due = (start: Position) =>
    comparePositions(start, upTo) <= 0 && (after === undefined || comparePositions(start, after.start) > 0);
  if (after !== undefined && wanted(after.stream))
    yield* streamChunks(client, after.stream, after.start, after.revision + 1n, upTo);
  let linkedUpTo: Position | undefined = after?.start;
  for await (const { stream, start } of linkedStreams(client)) {
    if (linkedUpTo === undefined || comparePositions(start, linkedUpTo) > 0) linkedUpTo = start;
    if (wanted(stream) && due(start)) yield* streamChunks(client, stream, start, 0n, upTo);
  }
  for await (const { stream, start } of unlinkedStreams(client, linkedUpTo, upTo, streamPrefixes)) {
    if (due(start)) yield* streamChunks(client, stream, start, 0n, upTo);
  }
}

async function* linkedStreams(client: KurrentDBClient): AsyncGenerator<StreamStart> {
  try {
    const links = client.readStream('$streams', {
      direction: 'forwards',
      fromRevision: 'start',
      resolveLinkTos: true,
    });
    for await (const { event: first } of links) {
      // A deleted stream's link resolves to nothing; `$` streams are the server's own.
      if (first?.position === undefined || isSystemEvent(first)) continue;
      yield { stream: first.streamId, start: encodePosition(first.position) };
    }
  } catch (error) {
    // No `$streams` (the projection never ran) or no right to read it: the `$all` tail finds every stream.
    if (!(error instanceof StreamNotFoundError || error instanceof AccessDeniedError)) throw error;
  }
}

/** Streams whose first event lies after `from` (exclusive) and at or before `upTo`, from `$all`. */
async function* unlinkedStreams(
  client: KurrentDBClient,
  from: Position | undefined,
  upTo: Position,
  streamPrefixes: readonly string[] | undefined,
): AsyncGenerator<StreamStart> {
  const reads = client.readAll({
    fromPosition: toReadPosition(from ?? 'start'),
    filter: serverFilter(streamPrefixes === undefined ? undefined : { streamPrefixes }),
  });
  for await (const resolved of reads) {
    const event = toRecordedEvent(resolved);
    if (event === null) continue;
    if (comparePositions(event.position, upTo) > 0) return;
    if (event.revision === 0n && (from === undefined || comparePositions(event.position, from) > 0))
      yield { stream: event.stream, start: event.position };
  }
}

async function* streamChunks(
  client: KurrentDBClient,
  stream: string,
  start: Position,
  fromRevision: bigint,
  upTo: Position,
): AsyncGenerator<StreamChunk> {
  for (let revision = fromRevision; ;) {
    const read = await readSlice(client, stream, revision, EVENTS_PER_CHUNK);
    const events = read.filter((event) => comparePositions(event.position, upTo) <= 0);
    const last = events[events.length - 1];
    if (last === undefined) return;
    yield { stream, start, events };
    if (read.length < EVENTS_PER_CHUNK || events.length < read.length) return;
    revision = last.revision + 1n;
  }
}
