import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { EmbeddedReadStore } from './embedded.read-store';

describe('the embedded read store file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'read-store-file-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('belongs to one open store at a time: a second one would serve a stale copy', async () => {
    const file = join(dir, 'owned.sqlite');
    const owner = new EmbeddedReadStore({ file });
    expect(() => new EmbeddedReadStore({ file })).toThrow(/is open in another connection/);
    await owner.close();
    const next = new EmbeddedReadStore({ file });
    await next.close();
  });

  it('runs in memory alone with ":memory:"', async () => {
    const store = new EmbeddedReadStore({ file: ':memory:' });
    await store.commit([{ collection: 'views', id: 'c1', document: { _id: 'c1' } }], {
      projection: 'p',
      position: '1',
    });
    expect(await store.count('views')).toBe(1);
    expect(await store.checkpoint('p')).toBe('1');
    await store.close();
  });

  it('refuses every call once closed', async () => {
    const store = new EmbeddedReadStore({ file: ':memory:' });
    await store.close();
    await store.close();
    await expect(store.find('views')).rejects.toMatchObject({ code: 'INVALID_READ_STORE_REQUEST' });
    await expect(store.commit([])).rejects.toMatchObject({ code: 'INVALID_READ_STORE_REQUEST' });
  });

  const customer = (id: string, tier: string) => ({
    _id: id,
    tier,
    customer: { name: `name of ${id}`, holdings: [{ holdingId: 'h1' }] },
  });

  it('answers from keys or from whole documents alike, and keeps doing so after a new index and a reopen', async () => {
    const file = join(dir, 'keys.sqlite');
    const store = new EmbeddedReadStore({ file });
    await store.commit(
      ['c3', 'c1', 'c2'].map((id, n) => ({
        collection: 'views',
        id,
        document: customer(id, n === 1 ? 'gold' : 'silver'),
      })),
    );
    // No index names tier yet: the documents themselves are tested.
    expect(await store.find('views', { tier: 'silver' }, { sort: { _id: 1 } })).toEqual([
      customer('c2', 'silver'),
      customer('c3', 'silver'),
    ]);
    await store.ensureIndexes('views', [{ keys: { tier: 1 } }]);
    // Now the keys answer, and the whole documents come back.
    expect(await store.find('views', { tier: 'silver' }, { sort: { _id: -1 } })).toEqual([
      customer('c3', 'silver'),
      customer('c2', 'silver'),
    ]);
    expect(await store.count('views', { tier: 'gold' })).toBe(1);
    // A filter on a field outside the keys still reads the documents.
    expect(await store.findOne('views', { 'customer.name': 'name of c1' })).toEqual(customer('c1', 'gold'));
    await store.close();

    const reopened = new EmbeddedReadStore({ file });
    expect(await reopened.find('views', { tier: 'gold' })).toEqual([customer('c1', 'gold')]);
    expect(await reopened.count('views', { 'customer.holdings.holdingId': 'h1' })).toBe(3);
    await reopened.close();
  });

  it('opens a file written before keys were stored, computing them once', async () => {
    const file = join(dir, 'before-keys.sqlite');
    const old = new Database(file);
    old.exec(`
      CREATE TABLE read_collection (name TEXT PRIMARY KEY) WITHOUT ROWID;
      CREATE TABLE read_document (
        collection TEXT NOT NULL, id TEXT NOT NULL, body TEXT NOT NULL, PRIMARY KEY (collection, id));
      CREATE TABLE read_index (
        collection TEXT NOT NULL, name TEXT NOT NULL, spec TEXT NOT NULL, PRIMARY KEY (collection, name));
      INSERT INTO read_collection VALUES ('views');
      INSERT INTO read_index VALUES ('views', 'tier_1', '{"keys":{"tier":1},"unique":false}');
    `);
    const insert = old.prepare('INSERT INTO read_document (collection, id, body) VALUES (?, ?, ?)');
    for (const [id, tier] of [
      ['c1', 'gold'],
      ['c2', 'silver'],
    ] as const)
      insert.run('views', id, JSON.stringify(customer(id, tier)));
    old.close();

    const store = new EmbeddedReadStore({ file });
    expect(await store.find('views', { tier: 'gold' })).toEqual([customer('c1', 'gold')]);
    await store.close();
    const check = new Database(file, { readonly: true });
    const keys = check.prepare('SELECT keys FROM read_document ORDER BY id').pluck().all();
    check.close();
    expect(keys).toEqual(['{"_id":"c1","tier":"gold"}', '{"_id":"c2","tier":"silver"}']);
  });
});
