import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type AppendResult, type EventStore, SqliteEventStore } from '@ledger/event-store';
// The adapter's own file, not the package index: the crash test's child then skips loading the MongoDB driver.
import { EmbeddedReadStore } from '../../read-store/src/embedded/embedded.read-store';
import type { ReadDocument, ReadStore } from '@ledger/read-store';

const directories: string[] = [];

/** A fresh directory for a test's store files, removed when the process exits. */
export function temporaryDirectory(): string {
  const directory = mkdtempSync(join(tmpdir(), 'ledger-projections-'));
  directories.push(directory);
  return directory;
}

process.once('exit', () => {
  for (const directory of directories) rmSync(directory, { recursive: true, force: true });
});

export const eventsFile = (directory: string): string => join(directory, 'events.sqlite');
export const readFile = (directory: string, name = 'read'): string => join(directory, `${name}.sqlite`);

export function openEventStore(directory: string): SqliteEventStore {
  return new SqliteEventStore(eventsFile(directory));
}

export function openReadStore(directory: string, name?: string): EmbeddedReadStore {
  return new EmbeddedReadStore({ file: readFile(directory, name) });
}

export function accountStream(): string {
  return `account-${randomUUID()}`;
}

/** Appends `count` deposits (or the given types) to a stream, one append each, in order. */
export async function deposit(
  store: EventStore,
  stream: string,
  count = 1,
  type = 'Deposited',
): Promise<AppendResult> {
  let result: AppendResult | undefined;
  for (let i = 0; i < count; i++) {
    result = await store.append(stream, [{ eventId: randomUUID(), type, data: { amount: 10 } }], {
      streamState: 'any',
    });
  }
  if (!result) throw new Error('deposit at least one event');
  return result;
}

/** Deposits round-robin over the streams, `rounds` times, appending each round concurrently (group commit). */
export async function depositRounds(
  store: EventStore,
  streams: readonly string[],
  rounds: number,
): Promise<AppendResult> {
  let last: AppendResult | undefined;
  for (let round = 0; round < rounds; round++) {
    const results = await Promise.all(streams.map((stream) => deposit(store, stream)));
    for (const result of results) if (!last || Number(result.position) > Number(last.position)) last = result;
  }
  if (!last) throw new Error('deposit at least one round');
  return last;
}

/** Every document of a collection (or alias), by _id, for comparing whole read models. */
export async function documents(store: ReadStore, collection: string): Promise<Record<string, ReadDocument>> {
  const found = await store.find(collection, {}, { sort: { _id: 1 } });
  return Object.fromEntries(found.map((document) => [document._id, document]));
}
