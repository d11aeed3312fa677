import type { JsonValue } from '@ledger/event-store';

/**
 * What a personal field reads as once its customer's data key is destroyed. A string, so a
 * string-typed field keeps its JSON type for schemas and serialisers; code that formats, masks or
 * parses personal fields checks `isErased` first.
 */
export const ERASED = '[erased]' as const;
export type Erased = typeof ERASED;

export function isErased(value: JsonValue | undefined): value is Erased {
  return value === ERASED;
}
