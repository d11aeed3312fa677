import type { Collection } from 'mongodb';

export interface AliasDocument {
  _id: string;
  collection: string;
}

/**
 * The aliases, stored in a small collection and cached for `ttlMs`: the api process reads through
 * aliases the projector moves, so it sees a swap within ttlMs, and one round trip per ttlMs is the cost.
 */
export class AliasTable {
  private cached: { aliases: Map<string, string>; at: number } | undefined;

  constructor(
    private readonly collection: Collection<AliasDocument>,
    private readonly ttlMs: number,
  ) {}

  async current(): Promise<ReadonlyMap<string, string>> {
    if (this.cached && Date.now() - this.cached.at < this.ttlMs) return this.cached.aliases;
    return this.fresh();
  }

  async fresh(): Promise<ReadonlyMap<string, string>> {
    const documents = await this.collection.find({}).toArray();
    const aliases = new Map(documents.map((document) => [document._id, document.collection]));
    this.cached = { aliases, at: Date.now() };
    return aliases;
  }

  async set(alias: string, collection: string): Promise<void> {
    this.cached = undefined;
    await this.collection.replaceOne({ _id: alias }, { collection }, { upsert: true });
  }

  async remove(alias: string): Promise<void> {
    this.cached = undefined;
    await this.collection.deleteOne({ _id: alias });
  }
}
