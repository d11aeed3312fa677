import {
  type Collection,
  type Db,
  type Filter as MongoFilter,
  type FindOptions as MongoFindOptions,
  MongoClient,
} from 'mongodb';
import {
  assertAlias,
  assertCollection,
  assertFields,
  assertName,
  assertWrites,
  indexName,
  INTERNAL_PREFIX,
} from '../naming';
import type {
  Checkpoint,
  DocumentWrite,
  Filter,
  FindOptions,
  IndexSpec,
  ReadDocument,
  ReadStore,
} from '../read-store.port';
import { AliasCache } from '../alias-cache';
import { byCollection, duplicateKeyAsTyped } from './bulk-writes';

export interface MongoReadStoreOptions {
  /** MONGODB_URL: a replica set (a single node is enough), since commits are transactions. */
  url: string;
  /** Defaults to the database the URL names (mongodb://mongo:27017/ledger?replicaSet=rs0). */
  database?: string;
  /** How long a process trusts its copy of the aliases; default 1000 ms. */
  aliasCacheMs?: number;
}

interface AliasDocument {
  _id: string;
  collection: string;
}

interface CheckpointDocument {
  _id: string;
  position: string;
}

/** The MongoDB read store: a batch and its checkpoint commit in one multi-document transaction. */
export class MongoReadStore implements ReadStore {
  private readonly checkpoints: Collection<CheckpointDocument>;
  private readonly aliasTable: AliasCache;

  private constructor(
    private readonly client: MongoClient,
    private readonly db: Db,
    aliasCacheMs: number,
  ) {
    this.checkpoints = db.collection<CheckpointDocument>(`${INTERNAL_PREFIX}checkpoints`);
    const aliases = db.collection<AliasDocument>(`${INTERNAL_PREFIX}aliases`);
    this.aliasTable = new AliasCache(
      {
        all: async () => (await aliases.find({}).toArray()).map((alias) => [alias._id, alias.collection]),
        put: async (alias, collection) => {
          await aliases.replaceOne({ _id: alias }, { collection }, { upsert: true });
        },
        delete: async (alias) => {
          await aliases.deleteOne({ _id: alias });
        },
      },
      aliasCacheMs,
    );
  }

  static async connect(options: MongoReadStoreOptions): Promise<MongoReadStore> {
    const client = await new MongoClient(options.url).connect();
    return new MongoReadStore(client, client.db(options.database), options.aliasCacheMs ?? 1000);
  }

  async find<T extends ReadDocument>(
    collection: string,
    filter: Filter = {},
    options: FindOptions = {},
  ): Promise<T[]> {
    assertFields(options.fields);
    const found: MongoFindOptions = {};
    if (options.sort) found.sort = options.sort;
    if (options.skip) found.skip = options.skip;
    if (options.limit) found.limit = options.limit;
    if (options.fields) found.projection = Object.fromEntries(options.fields.map((field) => [field, 1]));
    const documents = await (await this.read(collection)).find(query(filter), found).toArray();
    return documents as T[];
  }

  async findOne<T extends ReadDocument>(collection: string, filter: Filter): Promise<T | null> {
    return (await (await this.read(collection)).findOne(query(filter))) as T | null;
  }

  async count(collection: string, filter: Filter = {}): Promise<number> {
    return (await this.read(collection)).countDocuments(query(filter));
  }

  async commit(writes: readonly DocumentWrite[], checkpoint?: Checkpoint): Promise<void> {
    assertWrites(writes, await this.aliasTable.current());
    if (writes.length === 0 && !checkpoint) return;
    const batches = byCollection(writes);
    await this.client.withSession((session) =>
      session.withTransaction(async () => {
        // Sequential on purpose: operations inside one transaction must not run in parallel.
        for (const [name, operations] of batches) {
          await duplicateKeyAsTyped(name, () =>
            this.db.collection<ReadDocument>(name).bulkWrite(operations, { session, ordered: true }),
          );
        }
        if (checkpoint) {
          const { projection, position } = checkpoint;
          await this.checkpoints.replaceOne({ _id: projection }, { position }, { upsert: true, session });
        }
      }),
    );
  }

  async checkpoint(projection: string): Promise<string | null> {
    return (await this.checkpoints.findOne({ _id: projection }))?.position ?? null;
  }

  async ensureIndexes(collection: string, indexes: readonly IndexSpec[]): Promise<void> {
    assertCollection(collection, await this.aliasTable.current());
    if (indexes.length === 0) return;
    const descriptions = indexes.map((spec) => ({
      key: spec.keys,
      name: indexName(spec.keys),
      ...(spec.unique ? { unique: true } : {}),
    }));
    await duplicateKeyAsTyped(collection, () => this.db.collection(collection).createIndexes(descriptions));
  }

  async dropCollection(collection: string): Promise<void> {
    assertCollection(collection, await this.aliasTable.current());
    await this.db.dropCollection(collection);
  }

  async listCollections(): Promise<string[]> {
    const collections = await this.db.listCollections({}, { nameOnly: true }).toArray();
    return collections
      .map((collection) => collection.name)
      .filter((name) => !name.startsWith(INTERNAL_PREFIX) && !name.startsWith('system.'))
      .sort();
  }

  async setAlias(alias: string, collection: string): Promise<void> {
    const existing = await this.db.listCollections({ name: alias }, { nameOnly: true }).toArray();
    assertAlias(alias, collection, await this.aliasTable.fresh(), existing.length > 0);
    await this.aliasTable.set(alias, collection);
  }

  async removeAlias(alias: string): Promise<void> {
    await this.aliasTable.remove(alias);
  }

  async aliases(): Promise<Record<string, string>> {
    return Object.fromEntries(await this.aliasTable.fresh());
  }

  async close(): Promise<void> {
    await this.client.close();
  }

  private async read(collection: string): Promise<Collection<ReadDocument>> {
    assertName('collection', collection);
    const aliases = await this.aliasTable.current();
    return this.db.collection<ReadDocument>(aliases.get(collection) ?? collection);
  }
}

function query(filter: Filter): MongoFilter<ReadDocument> {
  return filter as MongoFilter<ReadDocument>;
}
