import type { RecordedEvent } from '@ledger/event-store';
import type { DocumentKey, Projection } from './projection';

/** A document an event touches, with its batch-cache key computed once. */
export interface Target {
  key: DocumentKey;
  cached: string;
}

/** An event with the documents it touches, or the error documentIds threw (which parks its stream). */
export type PlannedEvent =
  | { event: RecordedEvent; targets: readonly Target[]; error?: undefined }
  | { event: RecordedEvent; targets?: undefined; error: unknown };

export interface BatchPlan {
  events: PlannedEvent[];
  /** Every document the batch touches, by logical collection: loaded once before the fold. */
  ids: Map<string, Set<string>>;
}

/** The cache key of a document: collection and id never contain a newline in practice, and the store rejects it. */
export function cacheKey(collection: string, id: string): string {
  return `${collection}\n${id}`;
}

export function planBatch(projection: Projection, events: readonly RecordedEvent[]): BatchPlan {
  const known = new Set(projection.collections);
  const ids = new Map<string, Set<string>>();
  const planned: PlannedEvent[] = [];
  for (const event of events) {
    try {
      const targets = targetsOf(projection.documentIds(event), known);
      for (const { key } of targets) {
        let collection = ids.get(key.collection);
        if (!collection) ids.set(key.collection, (collection = new Set()));
        collection.add(key.id);
      }
      planned.push({ event, targets });
    } catch (error) {
      planned.push({ event, error });
    }
  }
  return { events: planned, ids };
}

function targetsOf(keys: readonly DocumentKey[], known: ReadonlySet<string>): Target[] {
  const targets: Target[] = [];
  for (const key of keys) {
    if (!known.has(key.collection))
      throw new Error(`documentIds named undeclared collection "${key.collection}"`);
    if (typeof key.id !== 'string' || key.id === '')
      throw new Error(`documentIds gave an empty id in ${key.collection}`);
    const cached = cacheKey(key.collection, key.id);
    // Two keys for one document would fold the event into it twice.
    if (!targets.some((target) => target.cached === cached)) targets.push({ key, cached });
  }
  return targets;
}
