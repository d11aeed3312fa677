import { START_POSITION } from '@ledger/event-store';
import type { DocumentWrite, ReadDocument, ReadStore } from '@ledger/read-store';
import { type Build, buildId } from './builds';
import { PARKED_COLLECTION } from './parked-streams';
import { passWrite } from './stream-pass';

/** Where the runtime remembers each projection's builds, so a restart resumes what was running. */
export const REGISTRY_COLLECTION = 'projection_registry';

export interface RegistryEntry extends ReadDocument {
  /** The projection's name. */
  _id: string;
  /** The build queries read (the aliases point at it). */
  live: Build | null;
  /** A build catching up from position 0, swapped in when it reaches the head. */
  rebuilding: Build | null;
  /** The previous live build, kept for a grace period because other processes may still read it. */
  retired: (Build & { retiredAt: string }) | null;
}

export async function loadEntry(store: ReadStore, projection: string): Promise<RegistryEntry> {
  const entry = await store.findOne<RegistryEntry>(REGISTRY_COLLECTION, { _id: projection });
  return entry ?? { _id: projection, live: null, rebuilding: null, retired: null };
}

export async function saveEntry(store: ReadStore, entry: RegistryEntry): Promise<void> {
  await store.commit([{ collection: REGISTRY_COLLECTION, id: entry._id, document: entry }]);
}

/** Removes whatever an earlier, abandoned build of the same name left: documents, parked streams, checkpoint. */
export async function resetBuild(store: ReadStore, projection: string, build: Build): Promise<void> {
  await dropBuild(store, projection, build);
  await store.commit([], { projection: buildId(projection, build), position: START_POSITION });
}

export async function dropBuild(store: ReadStore, projection: string, build: Build): Promise<void> {
  for (const collection of Object.values(build.collections)) await store.dropCollection(collection);
  const parked = await store.find(PARKED_COLLECTION, { build: buildId(projection, build) });
  const writes: DocumentWrite[] = parked.map((document) => ({
    collection: PARKED_COLLECTION,
    id: document._id,
    document: null,
  }));
  // A stream pass the build was in the middle of.
  writes.push(passWrite(buildId(projection, build), null));
  await store.commit(writes);
}

/** Points every logical collection at the live build and removes aliases the build no longer writes. */
export async function pointAliases(store: ReadStore, live: Build, previous: Build | null): Promise<void> {
  const current = await store.aliases();
  for (const [alias, collection] of Object.entries(live.collections)) {
    if (current[alias] !== collection) await store.setAlias(alias, collection);
  }
  for (const alias of Object.keys(previous?.collections ?? {})) {
    if (!(alias in live.collections) && alias in current) await store.removeAlias(alias);
  }
}
