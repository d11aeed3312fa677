/** Where an adapter keeps its aliases: a small collection or table. */
export interface AliasRecords {
  all(): Promise<[alias: string, collection: string][]>;
  put(alias: string, collection: string): Promise<void>;
  delete(alias: string): Promise<void>;
}

/**
 * The aliases, stored by the adapter and cached for `ttlMs`: the api process reads through
 * aliases the projector moves, so it sees a swap within ttlMs, and one round trip per ttlMs is the cost.
 */
export class AliasCache {
  private cached: { aliases: Map<string, string>; at: number } | undefined;
  private loading: Promise<ReadonlyMap<string, string>> | undefined;
  // Bumped by every change, so a load that started before it can neither be shared nor be cached.
  private generation = 0;

  constructor(
    private readonly records: AliasRecords,
    private readonly ttlMs: number,
  ) {}

  async current(): Promise<ReadonlyMap<string, string>> {
    if (this.cached && Date.now() - this.cached.at < this.ttlMs) return this.cached.aliases;
    return this.fresh();
  }

  fresh(): Promise<ReadonlyMap<string, string>> {
    // Requests arriving while the cache refreshes share one query instead of each sending their own.
    if (!this.loading) {
      const loading = this.load().finally(() => {
        if (this.loading === loading) this.loading = undefined;
      });
      this.loading = loading;
    }
    return this.loading;
  }

  async set(alias: string, collection: string): Promise<void> {
    await this.records.put(alias, collection);
    this.changed();
  }

  async remove(alias: string): Promise<void> {
    await this.records.delete(alias);
    this.changed();
  }

  private async load(): Promise<ReadonlyMap<string, string>> {
    const generation = this.generation;
    const aliases = new Map(await this.records.all());
    if (generation === this.generation) this.cached = { aliases, at: Date.now() };
    return aliases;
  }

  private changed(): void {
    this.generation++;
    this.cached = undefined;
    this.loading = undefined;
  }
}
