import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { JsonObject, JsonValue } from '@ledger/event-store';
import { rewriteRefs, schemaStem, SHARED_FILE } from './schema-refs';

/** A schema as found in docs/events: the shared definitions, or one file's root schema. */
interface Component {
  file: string;
  schema: JsonValue;
}

const ASYNCAPI_FILE = 'asyncapi.json';

function readJsonObject(dir: string, file: string): JsonObject {
  const value = JSON.parse(readFileSync(join(dir, file), 'utf8')) as JsonValue;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new Error(`${file}: expected a JSON object`);
  }
  return value;
}

/** A root schema embedded in another document: its $schema would only restate the document's own. */
function withoutDialect(schema: JsonObject): JsonObject {
  const { $schema: _dialect, ...rest } = schema;
  return rest;
}

/**
 * The published event catalog (docs/events): one JSON Schema per event type plus the envelope,
 * and the AsyncAPI document. Both are served self-contained, their cross-file $refs inlined,
 * and built once at start so a broken reference stops the api instead of a subscriber.
 */
export class EventCatalog {
  private readonly bundles = new Map<string, JsonObject>();
  private readonly document: JsonObject;

  private constructor(
    private readonly components: ReadonlyMap<string, Component>,
    schemaNames: readonly string[],
    asyncApi: JsonObject,
  ) {
    for (const name of schemaNames) this.bundles.set(name, this.bundle(name));
    this.document = this.inline(asyncApi);
  }

  static load(dir: string): EventCatalog {
    const files = readdirSync(dir).sort();
    const components = new Map<string, Component>();
    const add = (name: string, component: Component) => {
      if (components.has(name)) throw new Error(`event catalog: "${name}" is defined twice`);
      components.set(name, component);
    };
    const schemaNames: string[] = [];
    for (const file of files) {
      const stem = schemaStem(file);
      if (stem === null) continue;
      const schema = readJsonObject(dir, file);
      if (file !== SHARED_FILE) {
        add(stem, { file, schema: withoutDialect(schema) });
        schemaNames.push(stem);
        continue;
      }
      const definitions = schema['definitions'];
      if (definitions === null || typeof definitions !== 'object' || Array.isArray(definitions)) {
        throw new Error(`${SHARED_FILE}: expected "definitions"`);
      }
      for (const [name, definition] of Object.entries(definitions)) add(name, { file, schema: definition });
    }
    return new EventCatalog(components, schemaNames, readJsonObject(dir, ASYNCAPI_FILE));
  }

  /** Event types and envelope schemas served at /event-schemas/:name. */
  schemaNames(): string[] {
    return [...this.bundles.keys()];
  }

  /** The named schema with everything it references under `definitions`; undefined for an unknown name. */
  schema(name: string): JsonObject | undefined {
    return this.bundles.get(name);
  }

  /** The AsyncAPI document with every schema it uses under components.schemas. */
  asyncApi(): JsonObject {
    return this.document;
  }

  private bundle(name: string): JsonObject {
    const root = this.component(name);
    const pointer = (target: string) => (target === name ? '#' : `#/definitions/${target}`);
    const { document, needed } = this.resolve(root.schema, root.file, pointer, false);
    needed.delete(name);
    const bundled: JsonObject = {
      $schema: 'http://json-schema.org/draft-07/schema#',
      ...(document as JsonObject),
    };
    if (needed.size > 0) bundled['definitions'] = Object.fromEntries(needed);
    return bundled;
  }

  private inline(asyncApi: JsonObject): JsonObject {
    const pointer = (target: string) => `#/components/schemas/${target}`;
    const resolved = this.resolve(asyncApi, ASYNCAPI_FILE, pointer, true);
    const document = resolved.document as JsonObject;
    const components = (document['components'] ?? {}) as JsonObject;
    const schemas = {
      ...((components['schemas'] ?? {}) as JsonObject),
      ...Object.fromEntries(resolved.needed),
    };
    return { ...document, components: { ...components, schemas } };
  }

  /** `value` with its refs pointing into the output document, and every component it needs, transitively. */
  private resolve(
    value: JsonValue,
    file: string,
    pointer: (name: string) => string,
    keepLocalRefs: boolean,
  ): { document: JsonValue; needed: Map<string, JsonValue> } {
    const names = new Set<string>();
    const document = rewriteRefs(value, { file, pointer, keepLocalRefs }, names);
    const needed = new Map<string, JsonValue>();
    // `names` grows while it is walked: that is the transitive closure.
    for (const name of names) {
      const component = this.component(name);
      needed.set(name, rewriteRefs(component.schema, { file: component.file, pointer }, names));
    }
    return { document, needed };
  }

  private component(name: string): Component {
    const component = this.components.get(name);
    if (component === undefined) throw new Error(`event catalog: nothing named "${name}"`);
    return component;
  }
}
