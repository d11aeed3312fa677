import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { temporaryStoreFile } from '../../test/temporary-file';
import type { RecordedEvent } from '../event-store.port';
import { chainHashV2 } from '../hash-v2';
import { SqliteEventStore } from '../sqlite/sqlite.event-store';
import { ChainAnchoring } from './chain-anchoring';
import { verifyLedger } from './ledger-verification';
import { merkleRoot, type StreamHead } from './merkle';

const actor = { id: 'rm-1', role: 'relationship-manager' };

/** Three customers of five events each, anchored; and a raw connection to tamper with the file. */
async function anchoredLedger() {
  const store = new SqliteEventStore(temporaryStoreFile());
  const raw = new Database(store.file);
  const streams = Array.from({ length: 3 }, () => `customer-${randomUUID()}`);
  for (const stream of streams) {
    const events = Array.from({ length: 5 }, (_, index) => ({
      eventId: randomUUID(),
      type: 'AssetsRevalued',
      data: { totalFinancialAssets: 100_000 * (index + 1), currency: 'CNY' },
      metadata: { schemaVersion: 1, occurredAt: `2026-11-2${index}T09:00:00.000Z`, actor },
    }));
    await store.append(stream, events, { streamState: 'no_stream' });
  }
  const anchoring = await ChainAnchoring.load(store);
  for await (const event of store.readAll()) anchoring.observe(event);
  await anchoring.anchor();
  const [stream = ''] = streams;
  const run = (sql: string) => raw.prepare(sql).run(stream);
  return { store, raw, stream, run, anchoring };
}

describe('verifyLedger: every stream against its chain and the latest anchor (SQLite file tampered)', () => {
  let ledger: Awaited<ReturnType<typeof anchoredLedger>>;
  beforeEach(async () => {
    ledger = await anchoredLedger();
  });
  afterEach(async () => {
    ledger.raw.close();
    await ledger.store.close();
  });

  it('an untouched ledger verifies against its anchor', async () => {
    const verification = await verifyLedger(ledger.store);
    expect(verification).toMatchObject({ valid: true, streams: 3, events: 15, problems: [] });
    expect(verification.anchor).toMatchObject({ revision: 0, position: '15', streams: 3 });
    // As a bank recomputes it: each stream's last event at or before the position, leaves as ADR 0018 says.
    const heads = new Map<string, StreamHead>();
    for await (const event of ledger.store.readAll()) {
      if (Number(event.position) > 15 || event.stream === 'integrity') continue;
      heads.set(event.stream, {
        stream: event.stream,
        revision: Number(event.revision),
        hash: event.metadata.hash,
      });
    }
    expect(verification.anchor?.root).toBe(merkleRoot([...heads.values()]));
  });

  it('a removed tail, its head row moved back with it, is named by stream and first missing revision', async () => {
    ledger.run('DELETE FROM events WHERE stream = ? AND revision >= 3');
    ledger.run(
      `UPDATE streams SET revision = 2, hash = (SELECT json_extract(metadata, '$.hash') FROM events
       WHERE events.stream = streams.stream AND revision = 2) WHERE stream = ?`,
    );
    expect((await ledger.store.verifyStream(ledger.stream)).valid).toBe(true);
    expect((await verifyLedger(ledger.store)).problems).toEqual([
      { stream: ledger.stream, revision: 3, fault: 'tail-removed', anchoredRevision: 4 },
    ]);
  });

  it('a removed stream, events and head row, is named', async () => {
    ledger.run('DELETE FROM events WHERE stream = ?');
    ledger.run('DELETE FROM streams WHERE stream = ?');
    const verification = await verifyLedger(ledger.store);
    expect(verification.valid).toBe(false);
    expect(verification.problems).toEqual([
      { stream: ledger.stream, revision: 0, fault: 'stream-removed', anchoredRevision: 4 },
    ]);
  });

  it.each([
    ['actor', "'$.actor.id', 'rm-2'"],
    ['recording time', "'$.recordedAt', '2026-01-01T00:00:00.000Z'"],
    ['business time', "'$.occurredAt', '2020-01-01T00:00:00.000Z'"],
  ])('an altered %s is named by stream and revision', async (_field, change) => {
    ledger.run(
      `UPDATE events SET metadata = json_set(metadata, ${change}) WHERE stream = ? AND revision = 2`,
    );
    expect((await verifyLedger(ledger.store)).problems).toEqual([
      { stream: ledger.stream, revision: 2, fault: 'chain-broken', anchoredRevision: 4 },
    ]);
  });

  it('an altered actor with the whole chain rehashed still shows against the anchor', async () => {
    ledger.run("UPDATE events SET metadata = json_set(metadata, '$.actor.id', 'rm-2') WHERE stream = ?");
    await rehash(ledger.store, ledger.raw, ledger.stream);
    expect((await ledger.store.verifyStream(ledger.stream)).valid).toBe(true);
    expect((await verifyLedger(ledger.store)).problems).toEqual([
      { stream: ledger.stream, revision: 4, fault: 'anchored-head-differs', anchoredRevision: 4 },
    ]);
  });

  it('an altered anchor breaks the integrity stream’s own chain', async () => {
    ledger.raw
      .prepare("UPDATE events SET data = json_set(data, '$.root', ?) WHERE stream = 'integrity'")
      .run('0'.repeat(64));
    expect((await verifyLedger(ledger.store)).problems).toContainEqual({
      stream: 'integrity',
      revision: 0,
      fault: 'chain-broken',
    });
  });

  it('events after the latest anchor verify by their chains alone, and the next anchor covers them', async () => {
    const event = { eventId: randomUUID(), type: 'ContactLogged', data: {}, metadata: { actor } };
    await ledger.store.append(ledger.stream, [event], { streamState: 4n });
    expect(await verifyLedger(ledger.store)).toMatchObject({ valid: true, events: 16 });
    for await (const next of ledger.store.readAll({ from: '15' })) ledger.anchoring.observe(next);
    expect(await ledger.anchoring.anchor()).toMatchObject({ revision: 1, position: '17', streams: 3 });
    expect(await verifyLedger(ledger.store)).toMatchObject({ valid: true, anchor: { revision: 1 } });
  });
});

/** What a forger with the file would do: recompute every hash of the stream and its head row. */
async function rehash(store: SqliteEventStore, raw: Database.Database, stream: string): Promise<void> {
  let prevHash = '';
  const update = raw.prepare('UPDATE events SET metadata = ? WHERE stream = ? AND revision = ?');
  for (const event of await store.readStream(stream)) {
    const metadata: RecordedEvent['metadata'] = { ...event.metadata, prevHash, hash: '' };
    metadata.hash = chainHashV2(prevHash, { ...event, metadata });
    update.run(JSON.stringify(metadata), stream, Number(event.revision));
    prevHash = metadata.hash;
  }
  raw.prepare('UPDATE streams SET hash = ? WHERE stream = ?').run(prevHash, stream);
}
