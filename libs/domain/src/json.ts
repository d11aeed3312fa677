/** What event data may hold: the event store keeps it as JSON, so no Date, bigint or undefined values. */
export type JsonPrimitive = string | number | boolean | null;
export type JsonValue = JsonPrimitive | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/** Compile-time proof that a type is JSON: resolves to `true`, or fails to type-check. */
export type AssertJson<T extends JsonObject> = T extends JsonObject ? true : never;

/** Adds `key` only when the value is present, so optional fields are omitted rather than undefined. */
export function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

/** Own-property lookup: an id such as "constructor" must not find Object.prototype's members. */
export function lookup<V>(record: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** −0 has no JSON form (it reads back as 0), so numbers are normalised before they enter an event. */
export function jsonNumber(value: number): number {
  return value === 0 ? 0 : value;
}
