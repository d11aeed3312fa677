import { DuplicateEventId } from './errors';
import type { AppendResult, StreamState } from './event-store.port';

/** Does a stream whose last revision is `current` (-1: no stream) meet the appender's expectation? */
export function satisfies(expected: StreamState, current: number): boolean {
  if (expected === 'any') return true;
  if (expected === 'no_stream') return current < 0;
  if (expected === 'stream_exists') return current >= 0;
  return BigInt(current) === expected;
}

/** Adds the store's fields to the caller's canonical metadata text without parsing it again. */
export function withStoreFields(
  metadataJson: string,
  recordedAt: string,
  prevHash: string,
  hash: string,
): string {
  const fields = `"recordedAt":"${recordedAt}","hashVersion":2,"prevHash":"${prevHash}","hash":"${hash}"`;
  return metadataJson === '{}' ? `{${fields}}` : `${metadataJson.slice(0, -1)},${fields}}`;
}

/** Where an event id is already recorded. */
export interface PlacedEvent {
  stream: string;
  revision: number;
  position: number;
}

/**
 * The result of the append these events came from, when all of them are already in `stream` in this
 * order (`found` lists where each event id is recorded); undefined when none of them is stored;
 * DuplicateEventId for any other overlap.
 */
export function originalAppend(
  stream: string,
  eventIds: readonly string[],
  found: readonly (PlacedEvent | undefined)[],
): AppendResult | undefined {
  const clash = found.findIndex((placed) => placed !== undefined);
  if (clash < 0) return undefined;
  const first = found[0];
  const last = found[found.length - 1];
  const isRetry =
    first !== undefined &&
    last !== undefined &&
    found.every(
      (placed, index) =>
        placed !== undefined && placed.stream === stream && placed.revision === first.revision + index,
    );
  if (isRetry) return { nextRevision: BigInt(last.revision), position: String(last.position) };
  throw new DuplicateEventId(eventIds[clash] ?? '', stream);
}
