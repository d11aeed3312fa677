import { type Checkpoint, type DocumentWrite, EmbeddedReadStore } from '@ledger/read-store';

const PRINT_EVERY_MS = 30_000;

/**
 * The embedded read store, reporting progress from its commits: while the runtime catches up it
 * never yields to the timer phase of the event loop, so a setInterval would not fire until the end.
 */
export class ProgressReadStore extends EmbeddedReadStore {
  /** Documents written (upserted or deleted) per logical collection: the build suffix is dropped. */
  readonly writes = new Map<string, number>();
  private readonly positions = new Map<string, number>();
  private readonly started = Date.now();
  private printed = Date.now();

  constructor(
    file: string,
    private readonly head: number,
    private readonly onCommit: () => void,
  ) {
    super({ file });
  }

  override async commit(writes: readonly DocumentWrite[], checkpoint?: Checkpoint): Promise<void> {
    await super.commit(writes, checkpoint);
    for (const { collection } of writes) {
      const logical = collection.replace(/_v\d+(_r\d+)?$/, '');
      this.writes.set(logical, (this.writes.get(logical) ?? 0) + 1);
    }
    this.onCommit();
    if (checkpoint === undefined) return;
    this.positions.set(checkpoint.projection, Number(checkpoint.position));
    const now = Date.now();
    if (now - this.printed < PRINT_EVERY_MS) return;
    this.printed = now;
    const slowest = Math.min(...this.positions.values());
    const rate = Math.round((slowest * 1000) / (now - this.started)).toLocaleString('en-US');
    console.log(
      `  rebuilt ${slowest.toLocaleString('en-US')} of ${this.head.toLocaleString('en-US')} events, ${rate} events/s`,
    );
  }
}
