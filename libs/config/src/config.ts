import type { DomainPolicies } from '@ledger/domain';
import { loadPolicies, PoliciesFileError } from './policies-file';

/**
 * The configuration every app reads, from environment variables, validated once at start.
 * A bad value stops the process with a message naming the variable.
 */
export interface LedgerConfig {
  port: number;
  dataDir: string;
  /** KurrentDB or PostgreSQL connection string; unset = the embedded SQLite store in dataDir. */
  eventStoreUrl?: string;
  /** The read store's server, PostgreSQL or MongoDB (READ_STORE_URL, or MONGODB_URL); unset = embedded. */
  readStoreUrl?: string;
  /** The read store's URL when it is MongoDB (kept for the code that needs the MongoDB client). */
  mongodbUrl?: string;
  jwt: { secret?: string; jwksUrl?: string; issuer?: string; audience?: string };
  /** Base64 of 32 bytes; wraps the per-customer data keys. */
  masterKey?: string;
  logLevel: 'error' | 'warn' | 'log' | 'debug' | 'verbose';
  /** Customer streams the api keeps folded for commands (unset = the api's default; 0 = none). */
  commandCacheStreams?: number;
  /** Worker threads folding a rebuild's stream pass (PROJECTION_FOLD_WORKERS; 0 = on the main thread, the default). */
  projectionFoldWorkers?: number;
  /** The rules' thresholds: POLICIES_FILE's overrides on the seed defaults, with their version. */
  policies: DomainPolicies;
}

/** Every variable the apps read; docker-compose.yml is checked against this list. */
export const CONFIG_VARIABLES = [
  'PORT',
  'DATA_DIR',
  'EVENT_STORE_URL',
  'MONGODB_URL',
  'READ_STORE_URL',
  'JWT_SECRET',
  'JWT_JWKS_URL',
  'JWT_ISSUER',
  'JWT_AUDIENCE',
  'MASTER_KEY',
  'LOG_LEVEL',
  'COMMAND_CACHE_STREAMS',
  'PROJECTION_FOLD_WORKERS',
  'POLICIES_FILE',
] as const;

export type ConfigVariable = (typeof CONFIG_VARIABLES)[number];

export class ConfigError extends Error {
  constructor(
    readonly variable: ConfigVariable,
    reason: string,
  ) {
    super(`configuration ${variable}: ${reason}`);
    this.name = 'ConfigError';
  }
}

const LOG_LEVELS = ['error', 'warn', 'log', 'debug', 'verbose'] as const;

function optional(env: NodeJS.ProcessEnv, name: ConfigVariable): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

function url(env: NodeJS.ProcessEnv, name: ConfigVariable, schemes: readonly string[]): string | undefined {
  const value = optional(env, name);
  if (value === undefined) return undefined;
  const scheme = value.split('://')[0] ?? '';
  if (!schemes.includes(scheme))
    throw new ConfigError(name, `must start with ${schemes.map((s) => `${s}://`).join(' or ')}`);
  return value;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): LedgerConfig {
  const portText = optional(env, 'PORT') ?? '3000';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new ConfigError('PORT', `"${portText}" is not a TCP port`);

  // Quiet by default: Nest logs every mapped route at 'log', which buries the start-up message.
  const logLevel = optional(env, 'LOG_LEVEL') ?? 'warn';
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) {
    throw new ConfigError('LOG_LEVEL', `must be one of ${LOG_LEVELS.join(', ')}`);
  }

  const masterKey = optional(env, 'MASTER_KEY');
  if (masterKey !== undefined && Buffer.from(masterKey, 'base64').length !== 32) {
    throw new ConfigError('MASTER_KEY', 'must be 32 bytes, base64-encoded');
  }

  const cacheText = optional(env, 'COMMAND_CACHE_STREAMS');
  const commandCacheStreams = cacheText === undefined ? undefined : Number(cacheText);
  if (
    commandCacheStreams !== undefined &&
    !(Number.isSafeInteger(commandCacheStreams) && commandCacheStreams >= 0)
  )
    throw new ConfigError('COMMAND_CACHE_STREAMS', `"${cacheText}" is not a whole number of streams`);

  const workersText = optional(env, 'PROJECTION_FOLD_WORKERS') ?? '0';
  const projectionFoldWorkers = Number(workersText);
  // More workers than that is a typo: each holds a share of a rebuild's documents and its own heap.
  if (!(
    Number.isSafeInteger(projectionFoldWorkers) &&
    projectionFoldWorkers >= 0 &&
    projectionFoldWorkers <= 64
  ))
    throw new ConfigError(
      'PROJECTION_FOLD_WORKERS',
      `"${workersText}" is not a number of worker threads (0-64)`,
    );

  const jwt = {
    secret: optional(env, 'JWT_SECRET'),
    jwksUrl: url(env, 'JWT_JWKS_URL', ['https', 'http']),
    issuer: optional(env, 'JWT_ISSUER'),
    audience: optional(env, 'JWT_AUDIENCE'),
  };
  if (jwt.jwksUrl !== undefined && (jwt.issuer === undefined || jwt.audience === undefined)) {
    throw new ConfigError('JWT_JWKS_URL', 'needs JWT_ISSUER and JWT_AUDIENCE');
  }

  const eventStoreUrl = url(env, 'EVENT_STORE_URL', [...KURRENTDB_SCHEMES, ...POSTGRES_SCHEMES]);
  const readStoreUrl = readStore(env);
  // One process's embedded store cannot be shared with another's: servers come in pairs.
  if (eventStoreUrl !== undefined && readStoreUrl === undefined)
    throw new ConfigError('READ_STORE_URL', 'must be set with EVENT_STORE_URL (postgres:// or mongodb://)');
  if (readStoreUrl !== undefined && eventStoreUrl === undefined)
    throw new ConfigError('EVENT_STORE_URL', 'must be set with READ_STORE_URL / MONGODB_URL');

  return {
    port,
    policies: policies(optional(env, 'POLICIES_FILE')),
    dataDir: optional(env, 'DATA_DIR') ?? './data',
    ...(eventStoreUrl === undefined ? {} : { eventStoreUrl }),
    ...(readStoreUrl === undefined ? {} : { readStoreUrl }),
    ...(readStoreUrl !== undefined && isMongoDbUrl(readStoreUrl) ? { mongodbUrl: readStoreUrl } : {}),
    jwt,
    masterKey,
    logLevel: logLevel as LedgerConfig['logLevel'],
    ...(commandCacheStreams === undefined ? {} : { commandCacheStreams }),
    projectionFoldWorkers,
  };
}

const KURRENTDB_SCHEMES = ['kurrentdb', 'kurrentdb+discover', 'esdb', 'esdb+discover'];
const POSTGRES_SCHEMES = ['postgres', 'postgresql'];
const MONGODB_SCHEMES = ['mongodb', 'mongodb+srv'];

export function isPostgresUrl(value: string): boolean {
  return POSTGRES_SCHEMES.includes(value.split('://')[0] ?? '');
}

function isMongoDbUrl(value: string): boolean {
  return MONGODB_SCHEMES.includes(value.split('://')[0] ?? '');
}

/** READ_STORE_URL (PostgreSQL or MongoDB), or the older MONGODB_URL; both set must agree. */
function readStore(env: NodeJS.ProcessEnv): string | undefined {
  const readStoreUrl = url(env, 'READ_STORE_URL', [...POSTGRES_SCHEMES, ...MONGODB_SCHEMES]);
  const mongodbUrl = url(env, 'MONGODB_URL', MONGODB_SCHEMES);
  if (readStoreUrl !== undefined && mongodbUrl !== undefined && readStoreUrl !== mongodbUrl)
    throw new ConfigError('READ_STORE_URL', 'differs from MONGODB_URL; set one of them');
  return readStoreUrl ?? mongodbUrl;
}

/** Whether the stores are servers shared by several processes (the api reads, apps/projector writes). */
export function usesServerStores(config: Pick<LedgerConfig, 'eventStoreUrl' | 'readStoreUrl'>): boolean {
  return config.eventStoreUrl !== undefined || config.readStoreUrl !== undefined;
}

function policies(file: string | undefined): DomainPolicies {
  try {
    return loadPolicies(file);
  } catch (error) {
    if (error instanceof PoliciesFileError) throw new ConfigError('POLICIES_FILE', error.message);
    throw error;
  }
}
