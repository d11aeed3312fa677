import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { temporaryStoreFile } from '../../test/temporary-file';
import { SqliteEventStore } from './sqlite.event-store';

/** Five events in a fresh stream, and a second, raw connection to the same file to tamper with it. */
async function storedStream(store: SqliteEventStore): Promise<string> {
  const stream = `customer-${randomUUID()}`;
  const events = Array.from({ length: 5 }, (_, index) => ({
    eventId: randomUUID(),
    type: 'AssetsRevalued',
    data: { totalFinancialAssets: 100_000 * (index + 1), currency: 'CNY' },
    metadata: {
      occurredAt: `2026-11-2${index}T09:00:00.000Z`,
      actor: { id: 'rm-1', role: 'relationship-manager' },
    },
  }));
  await store.append(stream, events, { streamState: 'no_stream' });
  return stream;
}

describe('SQLite: the hash chain catches edits made directly in the file', () => {
  const file = temporaryStoreFile();
  let store: SqliteEventStore;
  let raw: Database.Database;
  beforeAll(() => {
    store = new SqliteEventStore(file);
    raw = new Database(file);
  });
  afterAll(async () => {
    raw.close();
    await store.close();
  });

  it('an untouched stream verifies', async () => {
    expect(await store.verifyStream(await storedStream(store))).toMatchObject({ valid: true, events: 5 });
  });

  it('altered data breaks the chain at that revision', async () => {
    const stream = await storedStream(store);
    raw
      .prepare(
        "UPDATE events SET data = json_set(data, '$.totalFinancialAssets', 9e9) WHERE stream = ? AND revision = 2",
      )
      .run(stream);
    expect(await store.verifyStream(stream)).toMatchObject({ valid: false, events: 2, brokenAt: 2n });
  });

  it('an altered business time breaks the chain too', async () => {
    const stream = await storedStream(store);
    raw
      .prepare(
        "UPDATE events SET metadata = json_set(metadata, '$.occurredAt', '2020-01-01') WHERE stream = ? AND revision = 3",
      )
      .run(stream);
    expect(await store.verifyStream(stream)).toMatchObject({ valid: false, brokenAt: 3n });
  });

  it.each([
    ['actor', "'$.actor.id', 'rm-2'"],
    ['recording time', "'$.recordedAt', '2026-01-01T00:00:00.000Z'"],
    ['hash version (a downgrade to v1)', "'$.hashVersion', 1"],
  ])('an altered %s breaks the chain (hash v2)', async (_field, change) => {
    const stream = await storedStream(store);
    raw
      .prepare(`UPDATE events SET metadata = json_set(metadata, ${change}) WHERE stream = ? AND revision = 3`)
      .run(stream);
    expect(await store.verifyStream(stream)).toMatchObject({ valid: false, events: 3, brokenAt: 3n });
  });

  it('a deleted event breaks the chain where it was', async () => {
    const stream = await storedStream(store);
    raw.prepare('DELETE FROM events WHERE stream = ? AND revision = 1').run(stream);
    expect(await store.verifyStream(stream)).toMatchObject({ valid: false, events: 1, brokenAt: 1n });
  });

  it('two swapped events break the chain at the first of them', async () => {
    const stream = await storedStream(store);
    const swap = raw.transaction(() => {
      const move = raw.prepare('UPDATE events SET revision = ? WHERE stream = ? AND revision = ?');
      move.run(-1, stream, 1);
      move.run(1, stream, 2);
      move.run(2, stream, -1);
    });
    swap();
    expect(await store.verifyStream(stream)).toMatchObject({ valid: false, brokenAt: 1n });
  });

  it('deleting the newest event shows against the stream head', async () => {
    const stream = await storedStream(store);
    raw.prepare('DELETE FROM events WHERE stream = ? AND revision = 4').run(stream);
    expect(await store.verifyStream(stream)).toMatchObject({ valid: false, events: 4, brokenAt: 4n });
  });
});
