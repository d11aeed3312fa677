import type { LiveKeyRecord, WrappedKeyRecord, WrappedKeyRecords } from '../src/keys/wrapped-key.records';

/** Wrapped-key storage in a Map, for unit tests of the codec and the erasure sweep. */
export class MemoryKeyRecords implements WrappedKeyRecords {
  readonly rows = new Map<string, WrappedKeyRecord>();

  async find(customerId: string): Promise<WrappedKeyRecord | null> {
    return this.rows.get(customerId) ?? null;
  }

  async insertIfAbsent(record: LiveKeyRecord): Promise<WrappedKeyRecord> {
    const existing = this.rows.get(record.customerId);
    if (existing !== undefined) return existing;
    this.rows.set(record.customerId, record);
    return record;
  }

  async tombstone(customerId: string, at: Date): Promise<void> {
    const existing = this.rows.get(customerId);
    const destroyedAt = existing !== undefined && existing.destroyedAt !== null ? existing.destroyedAt : at;
    this.rows.set(customerId, { customerId, destroyedAt });
  }

  async close(): Promise<void> {}
}
