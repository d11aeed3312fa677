import { SqliteEventStore } from '@ledger/event-store';
import {
  blindIndexKeyOf,
  EncryptingEventStore,
  type KeyStore,
  type MasterKey,
  SealingReadStore,
  SqliteKeyStore,
} from '@ledger/personal-data';
import { type FoldWorkersOptions, type Projection, ProjectionRuntime } from '@ledger/projection-runtime';
import type { ReadStore } from '@ledger/read-store';
import { ProgressReadStore } from './progress-read-store';
import { type ReadsDuringRebuild, readsDuringRebuild } from './reads-during-rebuild';

export interface RebuildResult {
  events: number;
  seconds: number;
  perSecond: number;
  /** CPU time of the process over the rebuild, every thread (fold workers included). */
  cpuSeconds: number;
  /** A second rebuild of everything, blue/green, with 360 reads from the live builds meanwhile. */
  during?: ReadsDuringRebuild;
  /** Documents written per logical collection. */
  writes: ReadonlyMap<string, number>;
  /** The rebuilt read models as the api reads them: personal fields opened on read. */
  readStore: ReadStore;
}

/**
 * Every projection from position 0 into an empty embedded read store, reading the log as the api
 * does: through the decrypting store over the SQLite file, with the key store in the same file,
 * into a read store that seals personal fields on write (SealingReadStore), as the api's does.
 * `onCommit` runs after each read-store commit. The caller closes the returned read store.
 */
export async function measureRebuild(
  eventsFile: string,
  readFile: string,
  masterKey: MasterKey,
  projections: readonly Projection[],
  head: number,
  onCommit: () => void,
  options: { foldWorkers?: FoldWorkersOptions; readsDuringRebuild: boolean; onRebuilt: () => void },
): Promise<RebuildResult> {
  const inner = new SqliteEventStore(eventsFile);
  const keys = new SqliteKeyStore(eventsFile, masterKey);
  const eventStore = new EncryptingEventStore(inner, keys);
  const progress = new ProgressReadStore(readFile, head, onCommit);
  const readStore = new SealingReadStore(progress, keys, blindIndexKeyOf(masterKey));
  const errors: unknown[] = [];
  const runtime = new ProjectionRuntime({
    eventStore,
    readStore,
    projections,
    onError: (error) => errors.push(error),
    ...(options.foldWorkers && { foldWorkers: options.foldWorkers }),
  });
  const started = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const seconds = () => Number(process.hrtime.bigint() - started) / 1e9;
  try {
    await runtime.start();
    await runtime.waitForPosition(String(head), { timeoutMs: 60 * 60 * 1000 });
    const elapsed = seconds();
    const used = process.cpuUsage(cpu);
    const cpuSeconds = (used.user + used.system) / 1e6;
    // Written before the second rebuild, which writes the same documents again.
    const writes = new Map(progress.writes);
    const parked = (await runtime.status()).flatMap((status) => status.parked);
    if (parked.length > 0 || errors.length > 0) {
      throw new Error(
        `rebuild was not clean: ${parked.length} parked streams, errors: ${errors.map(String).join('; ')}`,
      );
    }
    options.onRebuilt();
    let during: ReadsDuringRebuild | undefined;
    if (options.readsDuringRebuild) {
      const customers = await readStore.find('customers', {}, { limit: 1000, fields: ['segment'] });
      during = await readsDuringRebuild(
        runtime,
        readStore,
        customers.map((customer) => customer._id),
      );
    }
    // The queries after the rebuild open personal fields with a key store of their own.
    const queried = new KeyedReadStore(
      progress,
      new SqliteKeyStore(eventsFile, masterKey),
      blindIndexKeyOf(masterKey),
    );
    return {
      events: head,
      seconds: elapsed,
      perSecond: head / elapsed,
      cpuSeconds,
      ...(during && { during }),
      writes,
      readStore: queried,
    };
  } finally {
    await runtime.stop();
    await eventStore.close();
    await keys.close();
  }
}

/** A sealing read store that closes the key store it was given. */
class KeyedReadStore extends SealingReadStore {
  constructor(
    inner: ReadStore,
    private readonly ownKeys: KeyStore,
    blindIndexKey: Buffer,
  ) {
    super(inner, ownKeys, blindIndexKey);
  }

  override async close(): Promise<void> {
    await super.close();
    await this.ownKeys.close();
  }
}
