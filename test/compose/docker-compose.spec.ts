import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_VARIABLES, loadConfig } from '@ledger/config';
import {
  REPO_ROOT,
  environmentOf,
  interpolate,
  readComposeFile,
  type ComposeFile,
  type ComposeService,
} from './compose-file';
import { composeValidator } from './compose-schema';

// Docker cannot run on the build machine, so this is what vouches for docker-compose.yml.
const raw = readComposeFile();
const compose = raw as ComposeFile;
const APPS = ['api', 'projector'] as const;
/** What an operator exports before `docker compose up` (the file requires both secrets). */
const OPERATOR_ENV = {
  MASTER_KEY: randomBytes(32).toString('base64'),
  JWT_SECRET: randomBytes(48).toString('base64'),
};

function service(name: string): ComposeService {
  const found = compose.services[name];
  if (found === undefined) throw new Error(`docker-compose.yml has no service "${name}"`);
  return found;
}

function resolvedEnvironment(name: string, env: Record<string, string | undefined>): Record<string, string> {
  const entries = Object.entries(environmentOf(service(name)));
  return Object.fromEntries(entries.map(([key, value]) => [key, interpolate(value, env)]));
}

function dependsOnHealthy(name: string): string[] {
  const dependsOn = service(name).depends_on ?? {};
  if (Array.isArray(dependsOn)) return [];
  return Object.entries(dependsOn)
    .filter(([, { condition }]) => condition === 'service_healthy')
    .map(([dependency]) => dependency);
}

describe('docker-compose.yml', () => {
  it('is valid against the Compose specification schema', () => {
    const validate = composeValidator();
    expect(validate(raw) ? [] : validate.errors).toEqual([]);
    // The validator is not vacuous: an unknown service key and a bad duration are rejected.
    expect(validate({ services: { x: { image: 'a', bogus: true } } })).toBe(false);
    expect(validate({ services: { x: { image: 'a', healthcheck: { interval: 'soon' } } } })).toBe(false);
  });

  it('runs EventStoreDB 24.10 with the standard system projections, and MongoDB as a replica set', () => {
    const eventstore = service('eventstore');
    expect(eventstore.image).toBe('eventstore/eventstore:24.10');
    expect(environmentOf(eventstore)).toMatchObject({
      EVENTSTORE_RUN_PROJECTIONS: 'System',
      EVENTSTORE_START_STANDARD_PROJECTIONS: 'true',
    });
    const mongo = service('mongo');
    expect(mongo.image).toMatch(/^mongo:8/);
    expect(mongo.command).toEqual(expect.arrayContaining(['--replSet', 'rs0']));
    expect(JSON.stringify(mongo.healthcheck?.test)).toContain("rs.initiate({ _id: 'rs0'");
    expect(eventstore.healthcheck?.test).toBeDefined();
  });

  it.each(APPS)('%s sets only variables the apps read', (name) => {
    const known: readonly string[] = CONFIG_VARIABLES;
    expect(Object.keys(environmentOf(service(name))).filter((key) => !known.includes(key))).toEqual([]);
  });

  it.each(APPS)('%s points at the compose services and waits until they are healthy', (name) => {
    const env = resolvedEnvironment(name, OPERATOR_ENV);
    expect(new URL(env['EVENT_STORE_URL'] ?? '').host).toBe('eventstore:2113');
    const mongodb = new URL(env['MONGODB_URL'] ?? '');
    expect(mongodb.host).toBe('mongo:27017');
    expect(mongodb.searchParams.get('replicaSet')).toBe('rs0');
    expect(dependsOnHealthy(name).sort()).toEqual(['eventstore', 'mongo']);
  });

  it.each(APPS)('%s passes loadConfig, and refuses to start without the secrets', (name) => {
    const config = loadConfig(resolvedEnvironment(name, OPERATOR_ENV));
    expect(config.eventStoreUrl).toBe('kurrentdb://eventstore:2113?tls=false');
    expect(config.masterKey).toBe(OPERATOR_ENV.MASTER_KEY);
    expect(() => resolvedEnvironment(name, { JWT_SECRET: OPERATOR_ENV.JWT_SECRET })).toThrow('MASTER_KEY');
  });

  it.each(['api-pg', 'projector-pg'])(
    '%s (profile postgres) runs on the compose PostgreSQL, stores selected by URL, and passes loadConfig',
    (name) => {
      expect(service(name).profiles).toEqual(['postgres']);
      expect(service('postgres').profiles).toEqual(['postgres']);
      expect(service('postgres').image).toMatch(/^postgres:16/);
      const known: readonly string[] = CONFIG_VARIABLES;
      expect(Object.keys(environmentOf(service(name))).filter((key) => !known.includes(key))).toEqual([]);
      const config = loadConfig(resolvedEnvironment(name, OPERATOR_ENV));
      expect(new URL(config.eventStoreUrl ?? '').host).toBe('postgres:5432');
      expect(config.readStoreUrl).toBe(config.eventStoreUrl);
      expect(config.mongodbUrl).toBeUndefined();
      expect(dependsOnHealthy(name)).toEqual(['postgres']);
    },
  );

  it('builds both apps from the Dockerfile and runs their compiled entry points', () => {
    const dockerfile = readFileSync(join(REPO_ROOT, 'Dockerfile'), 'utf8');
    // The api runs with npm start's heap flags (the embedded mode's 1 GiB memory target; ADR 0032).
    expect(dockerfile).toContain(
      'CMD ["node", "--max-old-space-size=768", "--max-semi-space-size=64", "scripts/run.js", "dist/apps/api/src/main.js"]',
    );
    expect(service('api').build).toBe('.');
    expect(service('projector').build).toBe('.');
    expect(service('projector').command).toEqual([
      'node',
      'scripts/run.js',
      'dist/apps/projector/src/main.js',
    ]);
    for (const app of APPS) expect(existsSync(join(REPO_ROOT, 'apps', app, 'src', 'main.ts'))).toBe(true);
  });
});
