import type { RecordedEvent } from '@ledger/event-store';
import type { Projection } from '@ledger/projection-runtime';
import { EmbeddedReadStore, type ReadDocument, type ReadStore } from '@ledger/read-store';

export type FoldedDocuments = Record<string, Record<string, ReadDocument>>;

function passes(projection: Projection, event: RecordedEvent): boolean {
  const { streamPrefixes, eventTypes } = projection.filter ?? {};
  return (
    (eventTypes === undefined || eventTypes.includes(event.type)) &&
    (streamPrefixes === undefined || streamPrefixes.some((prefix) => event.stream.startsWith(prefix)))
  );
}

/** The projection's documents after folding the events in order, in memory, as stored JSON. */
export function foldEvents(projection: Projection, events: readonly RecordedEvent[]): FoldedDocuments {
  const folded: FoldedDocuments = Object.fromEntries(projection.collections.map((name) => [name, {}]));
  for (const event of events.filter((candidate) => passes(projection, candidate))) {
    for (const { collection, id } of projection.documentIds(event)) {
      const documents = folded[collection]!;
      const next = projection.evolve(documents[id] ?? null, event, collection, id);
      if (next === null) delete documents[id];
      else documents[id] = next;
    }
  }
  return JSON.parse(JSON.stringify(folded)) as FoldedDocuments;
}

/** An in-memory read store holding the folded documents under the projection's logical names. */
export async function readStoreWith(folded: FoldedDocuments): Promise<EmbeddedReadStore> {
  const store = new EmbeddedReadStore({ file: ':memory:' });
  const writes = Object.entries(folded).flatMap(([collection, documents]) =>
    Object.values(documents).map((document) => ({ collection, id: document._id, document })),
  );
  await store.commit(writes);
  return store;
}

/** Every document of a collection (or alias) by _id, without the runtime's `_position`. */
export async function storedDocuments(
  store: ReadStore,
  collection: string,
): Promise<Record<string, ReadDocument>> {
  const found = await store.find(collection, {}, { sort: { _id: 1 } });
  return Object.fromEntries(found.map(({ _position: _unused, ...document }) => [document._id, document]));
}
