import { Binary, type Collection, type Db, MongoServerError } from 'mongodb';
import type { MasterKey } from './master-key';
import type { LiveKeyRecord, WrappedKeyRecord, WrappedKeyRecords } from './wrapped-key.records';
import { type KeyCacheOptions, WrappingKeyStore } from './wrapping.key-store';

interface KeyDocument {
  _id: string;
  keyId?: string;
  masterKeyId?: string;
  wrappedKey?: Binary;
  createdAt: Date;
  /** Absent while the key lives: `$min` on a missing field sets it, on null it would keep null. */
  destroyedAt?: Date;
}

const DUPLICATE_KEY = 11000;

/** Wrapped keys in a `data_keys` collection, one document per customer. */
class MongoKeyRecords implements WrappedKeyRecords {
  private readonly keys: Collection<KeyDocument>;

  constructor(db: Db) {
    this.keys = db.collection<KeyDocument>('data_keys');
  }

  async find(customerId: string): Promise<WrappedKeyRecord | null> {
    const doc = await this.keys.findOne({ _id: customerId });
    return doc === null ? null : toRecord(doc);
  }

  async insertIfAbsent(record: LiveKeyRecord): Promise<WrappedKeyRecord> {
    try {
      await this.keys.insertOne({
        _id: record.customerId,
        keyId: record.keyId,
        masterKeyId: record.masterKeyId,
        wrappedKey: new Binary(record.wrapped),
        createdAt: record.createdAt,
      });
      return record;
    } catch (error) {
      if (!(error instanceof MongoServerError) || error.code !== DUPLICATE_KEY) throw error;
      return (await this.find(record.customerId)) ?? record;
    }
  }

  async tombstone(customerId: string, at: Date): Promise<void> {
    await this.keys.updateOne(
      { _id: customerId },
      {
        $unset: { wrappedKey: '', keyId: '', masterKeyId: '' },
        $min: { destroyedAt: at },
        $setOnInsert: { createdAt: at },
      },
      { upsert: true, writeConcern: { w: 'majority' } },
    );
  }

  /** The client belongs to whoever connected it. */
  async close(): Promise<void> {}
}

function toRecord(doc: KeyDocument): WrappedKeyRecord {
  if (doc.destroyedAt !== undefined || doc.wrappedKey === undefined) {
    return { customerId: doc._id, destroyedAt: doc.destroyedAt ?? doc.createdAt };
  }
  return {
    customerId: doc._id,
    keyId: doc.keyId ?? '',
    wrapped: Buffer.from(doc.wrappedKey.buffer),
    masterKeyId: doc.masterKeyId ?? '',
    createdAt: doc.createdAt,
    destroyedAt: null,
  };
}

/** The production key store: MongoDB, beside the read models, with its own `data_keys` collection. */
export class MongoKeyStore extends WrappingKeyStore {
  constructor(db: Db, master: MasterKey, options?: KeyCacheOptions) {
    super(new MongoKeyRecords(db), master, options);
  }
}
