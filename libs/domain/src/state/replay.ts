/**
 * The maps one replay has copied. Nothing outside the replay can hold them, so it extends them in
 * place: replaying n events costs O(n) instead of a copy of a growing map per event, and every
 * state handed in (a snapshot, a cached state) stays untouched.
 */
export class Replay {
  private readonly owned = new WeakSet<object>();

  withEntry<V>(map: Record<string, V>, key: string, value: V): Record<string, V> {
    // Assigning "__proto__" would set the prototype where a spread defines a property: copy instead.
    if (this.owned.has(map) && key !== '__proto__') {
      map[key] = value;
      return map;
    }
    const copy = { ...map, [key]: value };
    this.owned.add(copy);
    return copy;
  }
}

/** `map` plus one entry; a lone evolve (no replay) always copies. */
export function withEntry<V>(
  map: Record<string, V>,
  key: string,
  value: V,
  replay: Replay | undefined,
): Record<string, V> {
  return replay === undefined ? { ...map, [key]: value } : replay.withEntry(map, key, value);
}
