import { randomBytes } from 'node:crypto';
import { DataKeyDestroyed } from '../errors';
import type { DataKey, DataKeyLookup, KeyStore } from './key-store.port';
import { newDataKey, unwrapDataKey, wrapDataKey } from './key-wrap';
import { LruCache } from './lru-cache';
import type { MasterKey } from './master-key';
import type { WrappedKeyRecord, WrappedKeyRecords } from './wrapped-key.records';

export interface KeyCacheOptions {
  /** Unwrapped keys kept in memory (default 10,000). */
  cacheSize?: number;
  /** How long a cached key is trusted before the store is asked again (default 60 s). */
  cacheMaxAgeMs?: number;
}

/**
 * The KeyStore every adapter shares: wraps new data keys under the master key before they reach
 * storage, unwraps on read, and caches unwrapped keys in a bounded LRU that destroy evicts.
 */
export class WrappingKeyStore implements KeyStore {
  private readonly cache: LruCache<string, DataKey | 'destroyed'>;
  /** Bumped by every destroy, so a lookup that raced with one does not re-cache a destroyed key. */
  private epoch = 0;

  constructor(
    private readonly records: WrappedKeyRecords,
    private readonly master: MasterKey,
    options: KeyCacheOptions = {},
  ) {
    this.cache = new LruCache(options.cacheSize ?? 10_000, options.cacheMaxAgeMs ?? 60_000);
  }

  async getOrCreate(customerId: string): Promise<DataKey> {
    const existing = await this.get(customerId);
    if (existing === 'destroyed') throw new DataKeyDestroyed(customerId);
    if (existing !== null) return existing;
    const epoch = this.epoch;
    const key = newDataKey();
    const stored = await this.records.insertIfAbsent({
      customerId,
      keyId: randomBytes(8).toString('hex'),
      ...wrapDataKey(this.master, customerId, key),
      createdAt: new Date(),
      destroyedAt: null,
    });
    // Another writer may have won the race (or erased the customer): the stored record is the truth.
    const lookup = this.open(stored, epoch);
    if (lookup === 'destroyed') throw new DataKeyDestroyed(customerId);
    return lookup;
  }

  async get(customerId: string): Promise<DataKeyLookup> {
    const cached = this.cache.get(customerId);
    if (cached !== undefined) return cached;
    const epoch = this.epoch;
    const record = await this.records.find(customerId);
    return record === null ? null : this.open(record, epoch);
  }

  async destroy(customerId: string, at: Date = new Date()): Promise<void> {
    await this.records.tombstone(customerId, at);
    // After the tombstone is stored: evict, and disown lookups that read the row before it.
    this.epoch += 1;
    this.cache.delete(customerId);
  }

  async isDestroyed(customerId: string): Promise<boolean> {
    return (await this.get(customerId)) === 'destroyed';
  }

  close(): Promise<void> {
    this.cache.clear();
    return this.records.close();
  }

  private open(record: WrappedKeyRecord, epoch: number): DataKey | 'destroyed' {
    const lookup: DataKey | 'destroyed' =
      record.destroyedAt === null
        ? { keyId: record.keyId, key: unwrapDataKey(this.master, record.customerId, record) }
        : 'destroyed';
    if (epoch === this.epoch) this.cache.set(record.customerId, lookup);
    return lookup;
  }
}
