import { comparePositions, type Position, type RecordedEvent } from '@ledger/event-store';
import type { PlannedEvent, Target } from './batch-plan';
import { held, parkedAt, type ParkedStream } from './parked-streams';
import type { DocumentKey, ProjectedDocument, Projection } from './projection';

export interface FoldOptions {
  /** Parked streams as stored before the batch. */
  parked: ReadonlyMap<string, ParkedStream>;
  now: string;
  /**
   * Cache keys of loaded documents whose position is beyond the checkpoint (a replay after the
   * checkpoint was lost): only they can already reflect an event of the batch. Emptied as they catch up.
   */
  ahead: Set<string>;
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
  document: ProjectedDocument | null;
}

export interface FoldResult {
  /** Documents the batch changed, by cache key; null = deleted. */
  documents: Map<string, ChangedDocument>;
  /** Parked streams the batch changed; null = unparked. */
  parked: Map<string, ParkedStream | null>;
  applied: number;
}

type Documents = Map<string, ProjectedDocument | null>;

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
      const documentsAfter = evolveAll(projection, planned.targets, event, documents, options);
      for (const [index, { key, cached }] of planned.targets.entries()) {
        const document = documentsAfter[index];
        if (document === undefined) continue;
        documents.set(cached, document);
        const changed = result.documents.get(cached);
        if (changed) changed.document = document;
        else result.documents.set(cached, { key, document });
        options.ahead.delete(cached);
      }
      result.applied++;
    } catch (error) {
      result.parked.set(event.stream, parkedAt(event, error, options.now));
    }
  }
  return result;
}

/** Each target's document after the event (undefined: already reflected), computed before any is kept. */
function evolveAll(
  projection: Projection,
  targets: readonly Target[],
  event: RecordedEvent,
  documents: Documents,
  options: FoldOptions,
): (ProjectedDocument | null | undefined)[] {
  return targets.map(({ key, cached }) => {
    const current = documents.get(cached) ?? null;
    if (alreadyReflects(current, cached, event, options)) return undefined;
    const next = projection.evolve(current, event, key.collection, key.id);
    if (next !== null && next._id !== key.id) {
      throw new Error(`evolve returned _id "${next._id}" for ${key.collection}/${key.id}`);
    }
    const _position = positionAfter(
      current,
      event,
      options.retrying !== undefined || options.byStream === true,
    );
    // A new object: evolve may return the document it was given, and an event whose later target
    // throws must leave every document as it was.
    return next === null ? null : { ...next, _position };
  });
}

/** Idempotency: the document already reflects this event (a replay after a crash or a lost checkpoint). */
function alreadyReflects(
  current: ProjectedDocument | null,
  cached: string,
  event: RecordedEvent,
  { ahead, retrying, byStream }: FoldOptions,
): boolean {
  if (retrying !== undefined || byStream === true || current === null || !ahead.has(cached)) return false;
  return comparePositions(current._position, event.position) >= 0;
}

/** A retried event, or one folded by stream, can be older than what other streams already applied to a shared document. */
function positionAfter(
  current: ProjectedDocument | null,
  event: RecordedEvent,
  outOfOrder: boolean,
): Position {
  const applied: unknown = current?._position;
  if (!outOfOrder || typeof applied !== 'string') return event.position;
  return comparePositions(applied, event.position) > 0 ? applied : event.position;
}
