import { randomUUID } from 'node:crypto';
import { existsSync, openSync, readSync, closeSync } from 'node:fs';
import { temporaryStoreFile } from '../../test/temporary-file';
import { SqliteEventStore, type SqliteEventStoreOptions } from './sqlite.event-store';

/** The page count in the database file's own header: it changes only when a checkpoint writes the file. */
function pagesInFile(file: string): number {
  const header = Buffer.alloc(4);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, header, 0, 4, 28);
  } finally {
    closeSync(fd);
  }
  return header.readUInt32BE(0);
}

/** 100 single-event commits: a few hundred WAL pages, fewer than the 1,000 that start an inline checkpoint. */
async function appendOneByOne(store: SqliteEventStore): Promise<void> {
  const stream = `customer-${randomUUID()}`;
  for (let revision = 0; revision < 100; revision++) {
    const event = { eventId: randomUUID(), type: 'ContactLogged', data: { notes: 'x'.repeat(200) } };
    await store.append(stream, [event], { streamState: revision === 0 ? 'no_stream' : BigInt(revision - 1) });
  }
}

async function pagesAfter(options: SqliteEventStoreOptions, waitMs: number): Promise<[number, number]> {
  const file = temporaryStoreFile();
  const store = new SqliteEventStore(file, options);
  try {
    const before = pagesInFile(file);
    await appendOneByOne(store);
    const deadline = Date.now() + waitMs;
    while (pagesInFile(file) === before && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 20));
    return [before, pagesInFile(file)];
  } finally {
    await store.close();
  }
}

describe('SQLite: WAL checkpoints in the background', () => {
  it('committed pages reach the database file without the writer checkpointing', async () => {
    const [before, after] = await pagesAfter({ checkpoints: 'background' }, 5_000);
    expect(after).toBeGreaterThan(before);
  });

  it('inline, the same commits leave the file as it was until the WAL reaches 1,000 pages', async () => {
    const [before, after] = await pagesAfter({ checkpoints: 'inline' }, 500);
    expect(after).toBe(before);
  });

  it('closing stops the thread before the writer: the last connection to close removes the WAL', async () => {
    const file = temporaryStoreFile();
    const store = new SqliteEventStore(file);
    await appendOneByOne(store);
    expect(existsSync(`${file}-wal`)).toBe(true);
    await store.close();
    expect(existsSync(`${file}-wal`)).toBe(false);
  });
});
