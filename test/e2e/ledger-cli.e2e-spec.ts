import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { runLedger } from '../../apps/api/src/cli/ledger';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { loadConfig } from '@ledger/config';
import { ProjectionRuntime } from '@ledger/projection-runtime';
import { allProjections } from '@ledger/projections/index';
import { EVENTS_FILE, type LedgerStores, openStores } from '@ledger/stores';
import { describeWithPostgres, dropSchema, freshSchema, PG_TEST_URL } from '../support/postgres-server';
import { type Ledger, startLedger, TEST_JWT_SECRET } from './ledger-harness';
import { onboard } from './onboarding';

const ROOT = join(__dirname, '..', '..');

/** Runs `ledger …` in this process with its output captured: the exit code, stdout and stderr. */
async function ledgerIn(env: Record<string, string>, ...argv: string[]) {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  let stdout = '';
  let stderr = '';
  const out = jest
    .spyOn(process.stdout, 'write')
    .mockImplementation((chunk) => ((stdout += String(chunk)), true));
  const err = jest
    .spyOn(process.stderr, 'write')
    .mockImplementation((chunk) => ((stderr += String(chunk)), true));
  try {
    const code = await runLedger(argv);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
    process.env = saved;
  }
}

/** `npx ledger …` as an operator runs it: its own process, output to pipes (not a terminal). */
function ledgerProcess(env: Record<string, string>, ...argv: string[]) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'ledger.js'), ...argv], {
      cwd: ROOT,
      env: { ...process.env, ...env, LEDGER_FROM_SOURCE: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('the ledger CLI against a running api and its embedded store', () => {
  let ledger: Ledger;
  let env: Record<string, string>;
  let customerId: string;

  beforeAll(async () => {
    ledger = await startLedger();
    await ledger.app.listen(0, '127.0.0.1');
    const { port } = ledger.app.getHttpServer().address() as { port: number };
    env = {
      LEDGER_API_URL: `http://127.0.0.1:${port}`,
      JWT_SECRET: TEST_JWT_SECRET,
      DATA_DIR: ledger.config.dataDir,
    };
    const rm = await ledger.as('relationship-manager');
    for (let i = 0; i < 5; i++) customerId = (await onboard(ledger, rm)).customerId;
  }, 60_000);

  afterAll(() => ledger.close());

  it('rebuilds every projection in its own process, printing progress lines when not on a terminal', async () => {
    const result = await ledgerProcess(env, 'rebuild', 'all', '--poll', '100');
    expect(result).toMatchObject({ code: 0 });
    expect(result.stderr).toMatch(/^customer-360: [\d,]+ \/ [\d,]+ events \(\d+%\), [\d,]+ events\/s/m);
    expect(result.stdout).toMatch(/^customer-360: live on its new build, [\d,]+ events in/m);
    expect(result.stdout).toMatch(/^tier-audit: live on its new build/m);
    const after = await ledgerIn(env, 'projections', '--json');
    const statuses = JSON.parse(after.stdout) as { name: string; state: string; servingBuild: string }[];
    expect(statuses.every((status) => status.state === 'live')).toBe(true);
  }, 120_000);

  it('refuses a projection it does not know (2), and says when the api cannot be reached (3)', async () => {
    const unknown = await ledgerIn(env, 'rebuild', 'no-such-read-model');
    expect(unknown).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('no projection named no-such-read-model'),
    });
    const away = await ledgerIn({ ...env, LEDGER_API_URL: 'http://127.0.0.1:9' }, 'projections');
    expect(away).toMatchObject({
      code: 3,
      stderr: expect.stringContaining('cannot reach the api at http://127.0.0.1:9'),
    });
    expect((await ledgerIn(env, 'export-history')).code).toBe(2);
  });

  it('exports a history that verifies offline, and fails the check once the file is altered', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ledger-export-')), 'history.jsonl');
    const exported = await ledgerIn(env, 'export-history', customerId, '--out', file, '--by', 'auditor-sun');
    expect(exported).toMatchObject({ code: 0, stderr: expect.stringContaining(`customer-${customerId}`) });
    const checked = await ledgerIn(env, 'verify-export', file);
    expect(checked).toMatchObject({ code: 0, stdout: expect.stringContaining('export verified: 1 events') });

    writeFileSync(file, readFileSync(file, 'utf8').replace('"segment":"retail"', '"segment":"corporate"'));
    const altered = await ledgerIn(env, 'verify-export', file, '--json');
    expect(altered.code).toBe(1);
    expect(JSON.parse(altered.stdout)).toMatchObject({
      valid: false,
      problems: [{ revision: 0, fault: 'hash-mismatch' }],
    });

    const auditor = await ledger.as('auditor', 'auditor-sun');
    const reads = await ledger.http().get(`/access-log?customerId=${customerId}`).set(auditor);
    expect(JSON.stringify(reads.body)).toContain('history-export');
  });

  it('verifies every chain in the store, and names the stream an edit broke', async () => {
    const sound = await ledgerIn(env, 'verify');
    expect(sound).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/^verified: \d+ streams, \d+ events/m),
    });
    const raw = new Database(join(ledger.config.dataDir, EVENTS_FILE));
    raw
      .prepare(
        "UPDATE events SET data = json_set(data, '$.branchId', 'b9') WHERE stream = ? AND revision = 0",
      )
      .run(`customer-${customerId}`);
    raw.close();
    const broken = await ledgerIn(env, 'verify');
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain(`chain-broken: customer-${customerId} at revision 0`);
  });
});

const withSchema = (schema: string) =>
  `${PG_TEST_URL}${PG_TEST_URL.includes('?') ? '&' : '?'}schema=${schema}`;

describeWithPostgres('the ledger CLI on PostgreSQL, with the projections in a projector of their own', () => {
  const [logSchema, readSchema] = [freshSchema('ledger_cli'), freshSchema('ledger_cli_read')];
  const stores = {
    EVENT_STORE_URL: withSchema(logSchema),
    READ_STORE_URL: withSchema(readSchema),
    MASTER_KEY: randomBytes(32).toString('base64'),
  };
  let ledger: Ledger;
  let env: Record<string, string>;
  let projectorStores: LedgerStores;
  let projector: ProjectionRuntime;
  let customerId: string;

  beforeAll(async () => {
    ledger = await startLedger(stores);
    await ledger.app.listen(0, '127.0.0.1');
    const { port } = ledger.app.getHttpServer().address() as { port: number };
    env = { ...stores, LEDGER_API_URL: `http://127.0.0.1:${port}`, JWT_SECRET: TEST_JWT_SECRET };
    const config = loadConfig({ ...stores, JWT_SECRET: TEST_JWT_SECRET });
    projectorStores = await openStores(config, { warn: () => undefined });
    projector = new ProjectionRuntime({
      eventStore: projectorStores.events,
      readStore: projectorStores.reads,
      projections: allProjections(config.policies),
      rebuildRequestsEveryMs: 100,
      onError: (error) => console.error(error),
    });
    await projector.start();
    customerId = (await onboard(ledger, await ledger.as('relationship-manager'))).customerId;
  }, 60_000);

  afterAll(async () => {
    await projector.stop();
    await projectorStores.close();
    await ledger.close();
    await dropSchema(logSchema);
    await dropSchema(readSchema);
  });

  it('rebuilds through the api, which asks the projector: the rebuild runs there and swaps in', async () => {
    const result = await ledgerIn(
      env,
      'rebuild',
      'customer-360',
      '--poll',
      '100',
      '--timeout',
      '60',
      '--json',
    );
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ projections: [{ name: 'customer-360', parked: [] }] });
    expect((await projector.status()).find((status) => status.name === 'customer-360')?.state).toBe('live');
  }, 90_000);

  it('verifies the PostgreSQL log, exports a history that verifies, and names a stream an edit broke', async () => {
    expect(await ledgerIn(env, 'verify')).toMatchObject({ code: 0 });
    const file = join(mkdtempSync(join(tmpdir(), 'ledger-export-')), 'history.csv');
    expect((await ledgerIn(env, 'export-history', customerId, '--format', 'csv', '--out', file)).code).toBe(
      0,
    );
    expect(await ledgerIn(env, 'verify-export', file)).toMatchObject({ code: 0 });

    const client = new Client({ connectionString: PG_TEST_URL });
    await client.connect();
    await client.query(
      `UPDATE ${logSchema}.events SET data = replace(data, '"retail"', '"corporate"') WHERE stream = $1 AND revision = 0`,
      [`customer-${customerId}`],
    );
    await client.end();
    const broken = await ledgerIn(env, 'verify');
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain(`chain-broken: customer-${customerId} at revision 0`);
  }, 60_000);
});
