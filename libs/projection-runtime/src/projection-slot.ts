import { buildId, newBuild } from './builds';
import { ProjectionRunner, type RunnerContext } from './projection-runner';
import type { Projection } from './projection';
import { dropBuild, loadEntry, pointAliases, type RegistryEntry, resetBuild, saveEntry } from './registry';
import { Serial } from './serial';

export interface SlotContext extends RunnerContext {
  /** How long a swapped-out build stays readable before its collections are dropped. */
  retiredGraceMs: number;
  onError: (error: unknown) => void;
}

/**
 * One projection's builds: the live one queries read (through aliases), a rebuild catching up
 * beside it, the retired one kept for a grace period. Registry changes happen one at a time.
 */
export class ProjectionSlot {
  live: ProjectionRunner | null = null;
  rebuild: ProjectionRunner | null = null;
  private readonly serial = new Serial();
  private dropTimer: NodeJS.Timeout | undefined;

  private constructor(
    readonly projection: Projection,
    private entry: RegistryEntry,
    private readonly context: SlotContext,
  ) {}

  /** Resumes the stored builds; a new version starts a rebuild while the old build keeps answering. */
  static async open(projection: Projection, context: SlotContext): Promise<ProjectionSlot> {
    const { readStore } = context;
    const stored = await loadEntry(readStore, projection.name);
    let { live, rebuilding } = stored;
    if (rebuilding && rebuilding.version !== projection.version) {
      await dropBuild(readStore, projection.name, rebuilding);
      rebuilding = null;
    }
    if (live === null) {
      // Nothing to keep answering from: the first build goes live at once and fills up.
      live = rebuilding ?? newBuild(projection, [stored.retired]);
      if (rebuilding === null) await resetBuild(readStore, projection.name, live);
      rebuilding = null;
    } else if (live.version !== projection.version && rebuilding === null) {
      rebuilding = newBuild(projection, [live, stored.retired]);
      await resetBuild(readStore, projection.name, rebuilding);
    }
    const entry: RegistryEntry = { ...stored, live, rebuilding };
    const slot = new ProjectionSlot(projection, entry, context);
    await slot.save(entry);
    await pointAliases(readStore, live, stored.retired);
    if (live.version === projection.version) {
      assertSameCollections(projection, Object.keys(live.collections));
      slot.live = await ProjectionRunner.open(projection, live, context);
    }
    if (rebuilding) slot.rebuild = await ProjectionRunner.open(projection, rebuilding, context);
    if (slot.retiredDropDue() <= 0) await slot.dropRetired();
    else slot.scheduleRetiredDrop();
    return slot;
  }

  /** The build queries read, e.g. 'customer-360_v3'. */
  get servingBuild(): string | null {
    return this.entry.live && buildId(this.projection.name, this.entry.live);
  }

  /** Starts a build from position 0 beside the live one; null when one is already rebuilding. */
  startRebuild(): Promise<ProjectionRunner | null> {
    return this.serial.run(async () => {
      if (this.rebuild) return null;
      const build = newBuild(this.projection, [this.entry.live, this.entry.retired]);
      await resetBuild(this.context.readStore, this.projection.name, build);
      await this.save({ ...this.entry, rebuilding: build });
      this.rebuild = await ProjectionRunner.open(this.projection, build, this.context);
      return this.rebuild;
    });
  }

  /** Makes the caught-up rebuild live and retires the old build; returns the runner it replaced. */
  swap(): Promise<ProjectionRunner | null> {
    return this.serial.run(async () => {
      const next = this.rebuild;
      if (!next) return null;
      const { readStore } = this.context;
      const previous = this.entry.live;
      if (this.entry.retired) await dropBuild(readStore, this.projection.name, this.entry.retired);
      const retiredAt = this.context.clock().toISOString();
      await this.save({
        ...this.entry,
        live: next.build,
        rebuilding: null,
        retired: previous && { ...previous, retiredAt },
      });
      await pointAliases(readStore, next.build, previous);
      const replaced = this.live;
      [this.live, this.rebuild] = [next, null];
      this.scheduleRetiredDrop();
      return replaced;
    });
  }

  /** Cancels the scheduled drop and waits for a registry change in progress. */
  async close(): Promise<void> {
    clearTimeout(this.dropTimer);
    await this.serial.run(async () => undefined);
  }

  /** Milliseconds until the retired build may be dropped (Infinity when there is none). */
  private retiredDropDue(): number {
    const retired = this.entry.retired;
    if (!retired) return Number.POSITIVE_INFINITY;
    return Date.parse(retired.retiredAt) + this.context.retiredGraceMs - this.context.clock().getTime();
  }

  private scheduleRetiredDrop(): void {
    const due = this.retiredDropDue();
    if (due === Number.POSITIVE_INFINITY) return;
    clearTimeout(this.dropTimer);
    this.dropTimer = setTimeout(() => this.dropRetired().catch(this.context.onError), Math.max(0, due));
    this.dropTimer.unref();
  }

  private dropRetired(): Promise<void> {
    return this.serial.run(async () => {
      if (!this.entry.retired) return;
      await dropBuild(this.context.readStore, this.projection.name, this.entry.retired);
      await this.save({ ...this.entry, retired: null });
    });
  }

  private async save(entry: RegistryEntry): Promise<void> {
    await saveEntry(this.context.readStore, entry);
    this.entry = entry;
  }
}

function assertSameCollections(projection: Projection, built: readonly string[]): void {
  const declared = [...projection.collections].sort().join(', ');
  if (declared === [...built].sort().join(', ')) return;
  throw new Error(
    `${projection.name} v${projection.version} declares [${declared}] but its build has [${built.join(', ')}]: bump its version`,
  );
}
