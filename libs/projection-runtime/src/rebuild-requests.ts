import type { ReadDocument, ReadStore } from '@ledger/read-store';

/**
 * Rebuilds asked of a process that does not run the projections (the api while apps/projector runs
 * them): the api records the request beside the registry, the runtime that owns the builds takes it.
 */
export const REBUILD_REQUESTS_COLLECTION = 'projection_rebuild_requests';

interface RebuildRequest extends ReadDocument {
  requestedAt: string;
}

export async function requestRebuilds(store: ReadStore, names: readonly string[], at: Date): Promise<void> {
  const requestedAt = at.toISOString();
  await store.commit(
    names.map((name) => ({
      collection: REBUILD_REQUESTS_COLLECTION,
      id: name,
      document: { _id: name, requestedAt },
    })),
  );
}

/** The projections asked for since the last take, oldest request first; taking removes them. */
export async function takeRebuildRequests(store: ReadStore): Promise<string[]> {
  const requests = await store.find<RebuildRequest>(REBUILD_REQUESTS_COLLECTION);
  if (requests.length === 0) return [];
  await store.commit(
    requests.map((request) => ({ collection: REBUILD_REQUESTS_COLLECTION, id: request._id, document: null })),
  );
  return requests.sort((a, b) => a.requestedAt.localeCompare(b.requestedAt)).map((request) => request._id);
}
