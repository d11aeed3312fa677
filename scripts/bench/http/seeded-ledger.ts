import { DEFAULT_POLICIES } from '@ledger/domain';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { DEVELOPMENT_MASTER_KEY } from '@ledger/personal-data';
import { EVENT_SCHEMA } from '@ledger/event-store';
import { EMBEDDED_FILE_FORMAT } from '@ledger/read-store';
import { allProjections } from '@ledger/projections/index';
import { EVENTS_FILE, READ_MODELS_FILE } from '@ledger/stores';
import { type Dataset, ensureDataset } from '../projections/dataset';

/** The bench runs under the seed defaults; the apps build theirs from configuration. */
const SEED_DEFAULT_PROJECTIONS = allProjections(DEFAULT_POLICIES);

const CUSTOMER_STREAM = 'customer-';
const SNAPSHOT_MANIFEST = 'snapshot.json';

/** The public development key: the data is synthetic; the api is started with the same key. */
export const SEED_MASTER_KEY = DEVELOPMENT_MASTER_KEY;

export type SeededLedger = Dataset & { customers: number; seed: number; directory: string };

/**
 * The projections benchmark's generated ledger, resolved from the same variables (BENCH_CUSTOMERS,
 * BENCH_DATA_DIR), so `npm run bench` generates it once and both benchmarks reuse it.
 */
export function seededLedger(): SeededLedger {
  const customers = Number(process.env['BENCH_CUSTOMERS'] ?? 100_000);
  const seed = 1;
  const directory = process.env['BENCH_DATA_DIR'] ?? join(tmpdir(), 'ledger-bench-projections');
  const dataset = ensureDataset({ customers, seed, directory, masterKey: SEED_MASTER_KEY });
  return { ...dataset, customers, seed, directory };
}

/**
 * Building every read model over a million events takes minutes, so the first run keeps a snapshot
 * of the data directory (log + read models, taken together after a clean stop, before any request)
 * keyed by the dataset and the projections' versions; later runs start from a copy of it.
 */
export interface ReadModelSnapshot {
  dir: string;
  /** Whether a valid snapshot exists; `build` makes one from a live, cleanly stopped data directory. */
  exists: boolean;
  key: string;
}

export function readModelSnapshot(ledger: SeededLedger): ReadModelSnapshot {
  const dir = `${ledger.directory}-http-snapshot`;
  const manifest = readFileSync(join(ledger.directory, 'dataset.json'), 'utf8');
  const versions = SEED_DEFAULT_PROJECTIONS.map(
    (projection) => `${projection.name}@${projection.version}`,
  ).join(',');
  // A snapshot in an older file layout (the event log's or the read store's) or with other indexes would
  // make the restart pay a one-off upgrade.
  const layout = JSON.stringify([
    EVENT_SCHEMA,
    EMBEDDED_FILE_FORMAT,
    SEED_DEFAULT_PROJECTIONS.map((projection) => projection.indexes),
  ]);
  const key = createHash('sha256')
    .update(manifest)
    .update(versions)
    .update(layout)
    .digest('hex')
    .slice(0, 16);
  const stored = join(dir, SNAPSHOT_MANIFEST);
  const exists =
    existsSync(stored) && (JSON.parse(readFileSync(stored, 'utf8')) as { key?: string }).key === key;
  return { dir, exists, key };
}

/** Keeps a stopped data directory as the snapshot, replacing an older one whole. */
export function saveSnapshot(snapshot: ReadModelSnapshot, dataDir: string): void {
  const partial = `${snapshot.dir}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  copyDataDir(dataDir, partial);
  writeFileSync(join(partial, SNAPSHOT_MANIFEST), JSON.stringify({ key: snapshot.key }));
  rmSync(snapshot.dir, { recursive: true, force: true });
  renameSync(partial, snapshot.dir);
}

/** A private copy: the api appends (access log) and advances read models in the copy, never in a cache. */
export function copyDataDir(from: string, into: string, files = [EVENTS_FILE, READ_MODELS_FILE]): void {
  mkdirSync(into, { recursive: true });
  for (const name of files)
    for (const suffix of ['', '-wal']) {
      const file = join(from, `${name}${suffix}`);
      if (existsSync(file)) copyFileSync(file, join(into, `${name}${suffix}`));
    }
}

/** The ids of every customer in the log, from the embedded store's stream heads (one indexed scan). */
export function customerIds(dataDir: string): string[] {
  const db = new Database(join(dataDir, EVENTS_FILE), { readonly: true });
  try {
    const rows = db
      .prepare('SELECT stream FROM streams WHERE stream LIKE ?')
      .pluck()
      .all(`${CUSTOMER_STREAM}%`) as string[];
    return rows.map((stream) => stream.slice(CUSTOMER_STREAM.length));
  } finally {
    db.close();
  }
}
