import { EmbeddedReadStore } from './embedded.read-store';

/** A rebuild commits windows of thousands of documents while the api answers queries from the same process. */
describe('EmbeddedReadStore commit of a large window', () => {
  it('gives the event loop turns while serialising, and readers see nothing until the transaction', async () => {
    const store = new EmbeddedReadStore({ file: ':memory:' });
    const notes = 'x'.repeat(400);
    const writes = Array.from({ length: 20_000 }, (_, index) => ({
      collection: 'customers_r1',
      id: `c-${index}`,
      document: { _id: `c-${index}`, notes, contacts: Array.from({ length: 20 }, (__, n) => ({ n, notes })) },
    }));
    const seenDuring: number[] = [];
    let committed = false;
    const ticking = setInterval(() => {
      if (!committed) void store.count('customers_r1').then((n) => seenDuring.push(n));
    }, 1);
    try {
      await store.commit(writes);
      committed = true;
    } finally {
      clearInterval(ticking);
    }
    expect(seenDuring.length).toBeGreaterThan(0);
    expect(seenDuring.every((n) => n === 0)).toBe(true);
    expect(await store.count('customers_r1')).toBe(20_000);
    await store.close();
  });

  it('writes nothing when the store closes while the commit waits for its turn', async () => {
    const store = new EmbeddedReadStore({ file: ':memory:' });
    const big = 'y'.repeat(2_000);
    const writes = Array.from({ length: 20_000 }, (_, index) => ({
      collection: 'customers_r1',
      id: `c-${index}`,
      document: { _id: `c-${index}`, big },
    }));
    const commit = store.commit(writes);
    setImmediate(() => void store.close());
    await expect(commit).rejects.toThrow(/closed/);
  });
});
