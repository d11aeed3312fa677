import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import Database from 'better-sqlite3';
import { temporaryStoreFile } from '../../test/temporary-file';
import { SqliteEventStore } from './sqlite.event-store';

interface Acknowledged {
  stream: string;
  eventId: string;
  revision: string;
  position: string;
}

const CHILD = join(__dirname, '../../test/durability/append-under-load.js');
const ACKS_BEFORE_KILL = 400;

/** Runs the child until it has acknowledged enough appends, kills it with SIGKILL, returns every ack it sent. */
async function appendUntilKilled(file: string, round: number): Promise<Acknowledged[]> {
  const child = spawn(process.execPath, [CHILD, file, '16', String(round)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const acks: Acknowledged[] = [];
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const lines = createInterface({ input: child.stdout });
  lines.on('line', (line) => {
    acks.push(JSON.parse(line) as Acknowledged);
    if (acks.length === ACKS_BEFORE_KILL) child.kill('SIGKILL');
  });
  const [code, signal] = await new Promise<[number | null, string | null]>((resolve) =>
    child.once('close', (exitCode, exitSignal) => resolve([exitCode, exitSignal])),
  );
  if (signal !== 'SIGKILL') throw new Error(`child ended by itself (code ${code}): ${stderr}`);
  return acks;
}

describe('SQLite: durability when the writer is killed', () => {
  it('every acknowledged append survives SIGKILL mid-load, and the file is not corrupt', async () => {
    const file = temporaryStoreFile();
    const acknowledged: Acknowledged[] = [];
    for (let round = 0; round < 3; round += 1) acknowledged.push(...(await appendUntilKilled(file, round)));

    const raw = new Database(file);
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    const [count, maxPosition] = raw
      .prepare('SELECT count(*), max(position) FROM events')
      .raw()
      .get() as number[];
    expect(maxPosition).toBe(count);
    raw.close();

    const store = new SqliteEventStore(file);
    for (const ack of acknowledged) {
      const [stored] = await store.readStream(ack.stream, {
        fromRevision: BigInt(ack.revision),
        maxCount: 1,
      });
      expect(stored).toMatchObject({ eventId: ack.eventId, position: ack.position });
    }
    for (const stream of new Set(acknowledged.map((ack) => ack.stream))) {
      expect((await store.verifyStream(stream)).valid).toBe(true);
    }
    expect(acknowledged.length).toBeGreaterThanOrEqual(3 * ACKS_BEFORE_KILL);
    await store.close();
  });
});
