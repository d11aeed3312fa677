import type { JsonObject, JsonValue } from '@ledger/event-store';

/** The file of shared definitions; every other catalog file is one schema named by its stem. */
export const SHARED_FILE = 'common.schema.json';

const SCHEMA_FILE = /^([A-Za-z][A-Za-z0-9]*)\.schema\.json$/;
const SHARED_DEFINITION = /^\/definitions\/([A-Za-z][A-Za-z0-9]*)$/;

export class UnsupportedRef extends Error {
  constructor(ref: string, file: string) {
    super(`${file}: $ref "${ref}" must name a schema file or ${SHARED_FILE}#/definitions/<Name>`);
    this.name = 'UnsupportedRef';
  }
}

/** The schema stem of a catalog file name ('CustomerOnboarded.schema.json' → 'CustomerOnboarded'). */
export function schemaStem(fileName: string): string | null {
  return SCHEMA_FILE.exec(fileName)?.[1] ?? null;
}

/**
 * The component a catalog $ref points at: a definition of the shared file, or a whole schema file.
 * Other shapes (local refs outside the shared file, fragments into other files) are refused, so
 * inlining never has to guess.
 */
export function refTarget(ref: string, inFile: string): string {
  const hash = ref.indexOf('#');
  const file = hash < 0 ? ref : ref.slice(0, hash);
  const fragment = hash < 0 ? '' : ref.slice(hash + 1);
  const target = file === '' ? inFile : file.replace(/^\.\//, '');
  const name =
    target === SHARED_FILE
      ? SHARED_DEFINITION.exec(fragment)?.[1]
      : fragment === ''
        ? (schemaStem(target) ?? undefined)
        : undefined;
  if (name === undefined) throw new UnsupportedRef(ref, inFile);
  return name;
}

function isObject(value: JsonValue): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export interface RewriteOptions {
  /** The file the value was read from: local refs resolve against it. */
  file: string;
  /** Where the named component lives in the output document. */
  pointer: (name: string) => string;
  /** Leave document-local refs ('#/…') alone: the AsyncAPI document's own refs. */
  keepLocalRefs?: boolean;
}

/** A copy of `value` with every catalog $ref pointing into the output document; `targets` collects the names. */
export function rewriteRefs(value: JsonValue, options: RewriteOptions, targets: Set<string>): JsonValue {
  if (Array.isArray(value)) return value.map((item) => rewriteRefs(item, options, targets));
  if (!isObject(value)) return value;
  const out: JsonObject = {};
  for (const [key, member] of Object.entries(value)) {
    const local = typeof member === 'string' && member.startsWith('#');
    if (key === '$ref' && typeof member === 'string' && !(local && options.keepLocalRefs === true)) {
      const name = refTarget(member, options.file);
      targets.add(name);
      out[key] = options.pointer(name);
    } else {
      out[key] = rewriteRefs(member, options, targets);
    }
  }
  return out;
}
