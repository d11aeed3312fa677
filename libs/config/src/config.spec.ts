import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('defaults to the embedded mode on port 3000 with ./data', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, dataDir: './data', logLevel: 'warn' });
    expect(config.eventStoreUrl).toBeUndefined();
    expect(config.mongodbUrl).toBeUndefined();
  });

  it.each([
    ['PORT', { PORT: 'eighty' }],
    ['LOG_LEVEL', { LOG_LEVEL: 'loud' }],
    ['MASTER_KEY', { MASTER_KEY: 'c2hvcnQ=' }],
    ['EVENT_STORE_URL', { EVENT_STORE_URL: 'http://localhost:2113' }],
    ['MONGODB_URL', { MONGODB_URL: 'localhost:27017' }],
    ['JWT_JWKS_URL', { JWT_JWKS_URL: 'https://idp.example/jwks.json' }],
    ['COMMAND_CACHE_STREAMS', { COMMAND_CACHE_STREAMS: '-1' }],
    ['COMMAND_CACHE_STREAMS', { COMMAND_CACHE_STREAMS: 'many' }],
    ['PROJECTION_FOLD_WORKERS', { PROJECTION_FOLD_WORKERS: '-1' }],
    ['PROJECTION_FOLD_WORKERS', { PROJECTION_FOLD_WORKERS: '1.5' }],
    ['PROJECTION_FOLD_WORKERS', { PROJECTION_FOLD_WORKERS: '65' }],
  ])('names %s when its value is bad', (variable, env) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(variable);
  });

  it('reads how many worker threads fold a rebuild, none by default', () => {
    expect(loadConfig({}).projectionFoldWorkers).toBe(0);
    expect(loadConfig({ PROJECTION_FOLD_WORKERS: '2' }).projectionFoldWorkers).toBe(2);
  });

  it('reads how many customer streams commands keep folded, 0 for none', () => {
    expect(loadConfig({}).commandCacheStreams).toBeUndefined();
    expect(loadConfig({ COMMAND_CACHE_STREAMS: '0' }).commandCacheStreams).toBe(0);
    expect(loadConfig({ COMMAND_CACHE_STREAMS: '50000' }).commandCacheStreams).toBe(50_000);
  });

  it('accepts the production connection strings', () => {
    const config = loadConfig({
      EVENT_STORE_URL: 'kurrentdb://eventstore:2113?tls=false',
      MONGODB_URL: 'mongodb://mongo:27017/?replicaSet=rs0',
    });
    expect(config.eventStoreUrl).toBe('kurrentdb://eventstore:2113?tls=false');
    expect(config.mongodbUrl).toBe('mongodb://mongo:27017/?replicaSet=rs0');
  });

  it('selects PostgreSQL for either store by its URL, READ_STORE_URL beside MONGODB_URL', () => {
    const pg = 'postgresql://ledger@db:5432/ledger';
    expect(loadConfig({ EVENT_STORE_URL: pg, READ_STORE_URL: pg })).toMatchObject({
      eventStoreUrl: pg,
      readStoreUrl: pg,
    });
    expect(loadConfig({ EVENT_STORE_URL: pg, READ_STORE_URL: pg }).mongodbUrl).toBeUndefined();
    const mongo = 'mongodb://mongo:27017/ledger?replicaSet=rs0';
    expect(loadConfig({ EVENT_STORE_URL: pg, READ_STORE_URL: mongo })).toMatchObject({ mongodbUrl: mongo });
  });

  it.each([
    ['READ_STORE_URL', { EVENT_STORE_URL: 'postgres://db/ledger' }],
    ['EVENT_STORE_URL', { READ_STORE_URL: 'postgres://db/ledger' }],
    ['READ_STORE_URL', { EVENT_STORE_URL: 'postgres://db/l', READ_STORE_URL: 'mysql://db/l' }],
    [
      'READ_STORE_URL',
      { EVENT_STORE_URL: 'postgres://db/l', READ_STORE_URL: 'postgres://db/l', MONGODB_URL: 'mongodb://m/l' },
    ],
  ])('names %s when the stores do not make a pair', (variable, env) => {
    expect(() => loadConfig(env)).toThrow(variable);
  });
});
