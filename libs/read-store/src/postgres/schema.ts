import { createHash } from 'node:crypto';

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export function checkedSchema(schema: string): string {
  if (!SCHEMA_NAME.test(schema)) throw new Error(`"${schema}" is not a usable PostgreSQL schema name`);
  return schema;
}

/** The store's own tables, beside one table per collection. */
export function readStoreSchema(s: string): string {
  return `
    CREATE SCHEMA IF NOT EXISTS ${s};
    CREATE TABLE IF NOT EXISTS ${s}._ledger_collections (name text PRIMARY KEY, table_name text NOT NULL UNIQUE);
    CREATE TABLE IF NOT EXISTS ${s}._ledger_aliases (alias text PRIMARY KEY, collection text NOT NULL);
    CREATE TABLE IF NOT EXISTS ${s}._ledger_checkpoints (projection text PRIMARY KEY, position text NOT NULL);
    CREATE TABLE IF NOT EXISTS ${s}._ledger_indexes (
      collection text NOT NULL, name text NOT NULL, unique_index boolean NOT NULL, PRIMARY KEY (collection, name)
    );
  `;
}

/**
 * A collection's table: readable to a DBA (`d_customer360_v2_…`), and unique however the name is
 * spelled, through a digest of the exact name (collection names may differ only in case or '-').
 */
export function tableOf(collection: string): string {
  const readable = collection
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .slice(0, 40);
  const digest = createHash('sha256').update(collection).digest('hex').slice(0, 10);
  return `d_${readable}_${digest}`;
}

/**
 * One row per document. The GIN index (jsonb_path_ops) serves every equality a filter's jsonpath
 * tests make, so the projections' field indexes need no table index of their own; unique ones do.
 */
export function collectionTable(s: string, table: string): string {
  return `
    CREATE TABLE IF NOT EXISTS ${s}.${table} (id text PRIMARY KEY, doc jsonb NOT NULL);
    CREATE INDEX IF NOT EXISTS ${table}_doc ON ${s}.${table} USING gin (doc jsonb_path_ops);
  `;
}

/** A unique index over the fields' values, missing counted as null (as MongoDB counts it). */
export function uniqueIndex(s: string, table: string, name: string, fields: readonly string[]): string {
  const digest = createHash('sha256').update(name).digest('hex').slice(0, 10);
  const columns = fields.map((field) => `(coalesce(doc #> '${textArray(field)}', 'null'::jsonb))`);
  return `CREATE UNIQUE INDEX IF NOT EXISTS ${table}_u_${digest} ON ${s}.${table} (${columns.join(', ')})`;
}

/** `profile.city` as a text[] literal, each step quoted, for DDL (which takes no parameters). */
function textArray(field: string): string {
  const steps = field.split('.').map((step) => `"${step.replace(/[\\"]/g, (c) => `\\${c}`)}"`);
  return `{${steps.join(',')}}`.replace(/'/g, "''");
}
