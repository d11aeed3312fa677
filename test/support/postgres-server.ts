import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** The server the PostgreSQL suites use: PG_TEST_URL, by default the local socket's `test` database. */
export const PG_TEST_URL =
  process.env['PG_TEST_URL'] ?? 'postgresql://postgres@localhost/test?host=/var/run/postgresql';

const START_COMMAND = 'pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start';

/**
 * Whether the server answers, asked once per test file before its suites are declared (jest declares
 * them synchronously, so a child process asks). With REQUIRE_POSTGRES=1 (CI) a missing server fails
 * the run instead of skipping it.
 */
function probe(): string | null {
  const script = `const { Client } = require('pg');
    const client = new Client({ connectionString: process.argv[1], connectionTimeoutMillis: 3000 });
    client.connect().then(() => client.end()).then(() => process.exit(0), (error) => {
      process.stderr.write(String(error.message)); process.exit(1);
    });`;
  try {
    execFileSync(process.execPath, ['-e', script, PG_TEST_URL], {
      stdio: ['ignore', 'ignore', 'pipe'],
      timeout: 10_000,
    });
    return null;
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
    return stderr === undefined || stderr === '' ? String(error) : stderr;
  }
}

const unreachable = probe();

/**
 * `describe` when the server answers; otherwise a skipped suite that says why (jest hides the
 * console of an all-skipped file, so the reason goes to stderr too), or a failing one under
 * REQUIRE_POSTGRES=1.
 */
export function describeWithPostgres(name: string, body: () => void): void {
  if (unreachable === null) {
    describe(name, body);
    return;
  }
  const reason = `PostgreSQL at ${PG_TEST_URL} is not reachable (${unreachable}); start it with \`${START_COMMAND}\` or set PG_TEST_URL`;
  if (process.env['REQUIRE_POSTGRES'] === '1') {
    describe(name, () => {
      it('needs PostgreSQL (REQUIRE_POSTGRES=1)', () => {
        throw new Error(reason);
      });
    });
    return;
  }
  process.stderr.write(`\n${name} skipped: ${reason}\n`);
  describe(name, () => {
    it.skip(`skipped: ${reason}`, () => undefined);
  });
}

/** A schema no other run uses; drop it with dropSchema when the suite ends. */
export function freshSchema(prefix = 'ledger_test'): string {
  return `${prefix}_${randomBytes(6).toString('hex')}`;
}

export async function dropSchema(schema: string): Promise<void> {
  const client = new Client({ connectionString: PG_TEST_URL });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}
