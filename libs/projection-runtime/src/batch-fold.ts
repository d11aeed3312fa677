import { comparePositions, type Position, type RecordedEvent } from '@ledger/event-store';
import type { PlannedEvent, Target } from './batch-plan';
import { held, parkedAt, type ParkedStream } from './parked-streams';
import type { ReadDocument } from '@ledger/read-store';
import type { DocumentKey, Projection } from './projection';

export interface FoldOptions {
  /** Parked streams as stored before the batch. */
  parked: ReadonlyMap<string, ParkedStream>;
  now: string;
  /**
   * Cache keys of loaded documents whose position is beyond the checkpoint (a replay after the
   * checkpoint was lost): only they can already reflect an event of the batch. Emptied as they catch up.
   */
  ahead: Set<string>;
  /**
   * Position of the last event applied to each held document, by cache key: a document loaded from
   * the store starts at its `_position`. Kept beside the documents rather than in them, so a fold
   * never copies a document just to stamp it; the commit writes it as `_position`.
   */
  positions: Map<string, Position>;
  /** A parked stream being retried: its events were never applied, so document positions do not guard them. */
  retrying?: string;
  /**
   * Folding stream by stream: positions rise within a stream only, so they guard nothing (the pass
   * commits its progress with its documents instead) and a document keeps the highest it has seen.
   */
  byStream?: boolean;
}

export interface ChangedDocument {
  key: DocumentKey;
  document: ReadDocument | null;
  /** The last event applied to it. */
  position: Position;
}

export interface FoldResult {
  /** Documents the batch changed, by cache key; null = deleted. */
  documents: Map<string, ChangedDocument>;
  /** Parked streams the batch changed; null = unparked. */
  parked: Map<string, ParkedStream | null>;
  applied: number;
}

/** Documents as the fold left them. None is ever mutated: evolve must not, and positions are kept aside. */
type Documents = Map<string, ReadDocument | null>;

/**
 * Folds a planned batch into `documents` (the batch-local cache, loaded beforehand). An event is
 * all or nothing: if evolve throws for any document it touches, none of its changes are kept and
 * its stream parks; later events of a parked stream are held, every other stream keeps flowing.
 */
export function foldBatch(
  projection: Projection,
  events: readonly PlannedEvent[],
  documents: Documents,
  options: FoldOptions,
): FoldResult {
  const result: FoldResult = { documents: new Map(), parked: new Map(), applied: 0 };
  if (options.retrying !== undefined) result.parked.set(options.retrying, null);
  const parkedNow = (stream: string): ParkedStream | null =>
    result.parked.has(stream) ? (result.parked.get(stream) ?? null) : (options.parked.get(stream) ?? null);

  for (const planned of events) {
    const { event } = planned;
    const parked = parkedNow(event.stream);
    if (parked) {
      result.parked.set(event.stream, held(parked, event));
      continue;
    }
    try {
      if (planned.targets === undefined) throw planned.error;
      const after = evolveAll(projection, planned.targets, event, documents, options);
      for (const [index, { key, cached }] of planned.targets.entries()) {
        const evolved = after[index];
        if (evolved === undefined) continue;
        const [document, position] = evolved;
        documents.set(cached, document);
        options.positions.set(cached, position);
        const changed = result.documents.get(cached);
        if (changed) {
          changed.document = document;
          changed.position = position;
        } else result.documents.set(cached, { key, document, position });
        options.ahead.delete(cached);
      }
      result.applied++;
    } catch (error) {
      result.parked.set(event.stream, parkedAt(event, error, options.now));
    }
  }
  return result;
}

/**
 * Each target's document and position after the event (undefined: already reflected), computed
 * before any is kept: an event whose later target throws leaves every document as it was.
 */
function evolveAll(
  projection: Projection,
  targets: readonly Target[],
  event: RecordedEvent,
  documents: Documents,
  options: FoldOptions,
): ([ReadDocument | null, Position] | undefined)[] {
  return targets.map(({ key, cached }) => {
    const current = documents.get(cached) ?? null;
    const applied = current === null ? undefined : options.positions.get(cached);
    if (alreadyReflects(applied, cached, event, options)) return undefined;
    const next = projection.evolve(current, event, key.collection, key.id);
    if (next !== null && next._id !== key.id) {
      throw new Error(`evolve returned _id "${next._id}" for ${key.collection}/${key.id}`);
    }
    const outOfOrder = options.retrying !== undefined || options.byStream === true;
    return [next, positionAfter(applied, event, outOfOrder)];
  });
}

/** Idempotency: the document already reflects this event (a replay after a crash or a lost checkpoint). */
function alreadyReflects(
  applied: Position | undefined,
  cached: string,
  event: RecordedEvent,
  { ahead, retrying, byStream }: FoldOptions,
): boolean {
  if (retrying !== undefined || byStream === true || applied === undefined || !ahead.has(cached))
    return false;
  return comparePositions(applied, event.position) >= 0;
}

/** A retried event, or one folded by stream, can be older than what other streams already applied to a shared document. */
function positionAfter(applied: Position | undefined, event: RecordedEvent, outOfOrder: boolean): Position {
  if (!outOfOrder || applied === undefined) return event.position;
  return comparePositions(applied, event.position) > 0 ? applied : event.position;
}
