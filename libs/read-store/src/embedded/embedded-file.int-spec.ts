import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
});
