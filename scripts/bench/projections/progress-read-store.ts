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
  private readonly passes = new Map<string, number>();
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
    if (checkpoint !== undefined) this.positions.set(checkpoint.projection, Number(checkpoint.position));
    // A stream pass commits its cursor instead: the position where its current stream began.
    for (const { collection, id, document } of writes) {
      const start: unknown = document?.['start'];
      if (collection === 'projection_stream_pass' && typeof start === 'string')
        this.passes.set(id, Number(start));
    }
    const now = Date.now();
    if (now - this.printed < PRINT_EVERY_MS) return;
    this.printed = now;
    const seconds = Math.round((now - this.started) / 1000);
    const slowest = (figures: Map<string, number>) => Math.min(...figures.values()).toLocaleString('en-US');
    const of = `of ${this.head.toLocaleString('en-US')}`;
    if (this.positions.size > 0 && Math.min(...this.positions.values()) > 0)
      console.log(`  ${seconds} s: checkpoints at ${slowest(this.positions)} ${of} events`);
    else if (this.passes.size > 0)
      console.log(
        `  ${seconds} s: stream pass at the streams begun by position ${slowest(this.passes)} ${of}`,
      );
  }
}
