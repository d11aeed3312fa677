import type { ReadDocument } from '../read-store.port';
import { type IndexKey, keysAt, UNKEYED } from './field-path';

/**
 * Ids by the value at one field, so an equality query tests a few candidates instead of the whole
 * collection. It only narrows: mingo still tests every candidate, so a superset is always correct.
 */
export class EqualityIndex {
  private readonly ids = new Map<IndexKey, Set<string>>();
  // Documents whose path meets an array or an object: candidates for every value, mingo decides.
  private readonly unkeyed = new Set<string>();
  private readonly path: readonly string[];

  constructor(readonly field: string) {
    this.path = field.split('.');
  }

  add(document: ReadDocument): void {
    const keys = keysAt(document, this.path);
    if (keys === UNKEYED) return void this.unkeyed.add(document._id);
    for (const key of keys) {
      let ids = this.ids.get(key);
      if (!ids) this.ids.set(key, (ids = new Set()));
      ids.add(document._id);
    }
  }

  remove(document: ReadDocument): void {
    const keys = keysAt(document, this.path);
    if (keys === UNKEYED) return void this.unkeyed.delete(document._id);
    for (const key of keys) {
      const ids = this.ids.get(key);
      ids?.delete(document._id);
      if (ids?.size === 0) this.ids.delete(key);
    }
  }

  /** The ids of every document that may hold one of the values; read it before the next write. */
  candidates(values: readonly IndexKey[]): ReadonlySet<string> {
    const first = values.length === 1 && values[0] !== undefined ? this.ids.get(values[0]) : undefined;
    if (first && this.unkeyed.size === 0) return first;
    const union = new Set(this.unkeyed);
    for (const value of values) for (const id of this.ids.get(value) ?? []) union.add(id);
    return union;
  }
}
