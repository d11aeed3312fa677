import {
  comparePositions,
  type EventStore,
  type Position,
  type ReadByStreamOptions,
  type SealedPaths,
  type StreamChunk,
} from '@ledger/event-store';
import type { Projection } from './projection';
import type { ProjectionRunner } from './projection-runner';
import { compareCursors } from './stream-pass';

export interface PassOptions {
  batchSize: number;
  /** Asked after every chunk: a stopping pump commits what was folded and leaves the pass unfinished. */
  stopping: () => boolean;
  /** After every batch is folded (and committed where due). */
  onBatch: () => Promise<void>;
}

/**
 * Folds the log up to its head stream by stream into the runners that start with a pass (see
 * Projection.rebuildByStream); once through, their checkpoint is the head and they go on in log
 * order. Resumes where the runners' folding stopped; each runner skips what it already folded.
 * Runners that ended their pass wait: they are ahead.
 */
export async function passByStream(
  store: EventStore,
  runners: readonly ProjectionRunner[],
  options: PassOptions,
): Promise<void> {
  const head = await store.headPosition();
  for (const runner of runners) runner.beginPass(head);
  const passing = runners.filter((runner) => runner.streamPass !== null);
  const read = readFor(passing);
  if (read === null) return;
  const chunks: StreamChunk[] = [];
  let events = 0;
  const flush = async (commit: boolean) => {
    const batch = chunks.splice(0);
    events = 0;
    await Promise.all(passing.map((runner) => runner.applyChunks(batch, { commit })));
    await options.onBatch();
  };
  for await (const chunk of store.readByStream(read)) {
    chunks.push(chunk);
    events += chunk.events.length;
    if (events >= options.batchSize) await flush(false);
    if (options.stopping()) break;
  }
  await flush(true);
  if (!options.stopping()) await Promise.all(passing.map((runner) => runner.endPass()));
}

/** One read for every passing runner: up to the latest head, after the earliest cursor, their prefixes. */
function readFor(passing: readonly ProjectionRunner[]): ReadByStreamOptions | null {
  const passes = passing.flatMap((runner) => runner.streamPass ?? []);
  let upTo: Position | null = null;
  for (const { head } of passes)
    if (head !== null && (upTo === null || comparePositions(head, upTo) > 0)) upTo = head;
  if (upTo === null) return null;
  const cursors = passes.map((pass) => pass.folded);
  const after = cursors.includes(null)
    ? undefined
    : cursors.filter((cursor) => cursor !== null).sort(compareCursors)[0];
  const streamPrefixes = commonPrefixes(passing);
  const opens = sealedFieldsRead(passing);
  return {
    upTo,
    ...(after && { after }),
    ...(streamPrefixes && { streamPrefixes }),
    ...(opens && { opens }),
  };
}

/** The sealed fields the runners read between them, or undefined (open all) when one did not say. */
export function sealedFieldsRead(runners: readonly { projection: Projection }[]): SealedPaths | undefined {
  const union = new Map<string, Set<string>>();
  for (const { projection } of runners) {
    if (projection.sealedFields === undefined) return undefined;
    for (const [type, paths] of Object.entries(projection.sealedFields)) {
      const known = union.get(type) ?? new Set<string>();
      for (const path of paths) known.add(path);
      union.set(type, known);
    }
  }
  return Object.fromEntries([...union].map(([type, paths]) => [type, [...paths]]));
}

/** The stream prefixes every runner's filter names, or undefined when one of them reads every stream. */
function commonPrefixes(runners: readonly ProjectionRunner[]): string[] | undefined {
  const prefixes = new Set<string>();
  for (const runner of runners) {
    const own = runner.projection.filter?.streamPrefixes ?? [];
    if (own.length === 0) return undefined;
    for (const prefix of own) prefixes.add(prefix);
  }
  return [...prefixes];
}
