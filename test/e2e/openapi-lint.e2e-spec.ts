import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { openApiDocument } from '../../apps/api/src/openapi';
import { startLedger, type Ledger } from './ledger-harness';

interface LintReport {
  totals: { errors: number; warnings: number };
  problems: { ruleId: string; message: string; location: { pointer: string }[] }[];
}

// Redocly is the linter a client generator's users run: the document must pass it as served.
describe('the OpenAPI document (e2e)', () => {
  let ledger: Ledger;
  const dir = mkdtempSync(join(tmpdir(), 'ledger-openapi-'));
  beforeAll(async () => {
    ledger = await startLedger();
  });
  afterAll(async () => {
    await ledger.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('passes redocly lint with no errors', async () => {
    const file = join(dir, 'openapi.json');
    writeFileSync(file, JSON.stringify(openApiDocument(ledger.app)));
    const cli = require.resolve('@redocly/cli/bin/cli.js');
    const { stdout } = await promisify(execFile)(process.execPath, [cli, 'lint', file, '--format=json'], {
      cwd: dir,
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    }).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
    const report = JSON.parse(stdout.slice(stdout.indexOf('{'))) as LintReport;
    const errors = report.problems.map((problem) => `${problem.ruleId}: ${problem.message}`);
    expect({ errors: report.totals.errors, problems: errors }).toEqual({ errors: 0, problems: [] });
  });

  it('serves the document at /docs-json, with servers and public routes that need no token', async () => {
    const response = await ledger.http().get('/docs-json');
    expect(response.status).toBe(200);
    const document = response.body as {
      servers: unknown[];
      paths: Record<string, Record<string, { security?: unknown[]; responses: Record<string, unknown> }>>;
    };
    expect(document.servers.length).toBeGreaterThan(0);
    for (const path of ['/health', '/metrics', '/asyncapi.json', '/event-schemas/{type}']) {
      expect(document.paths[path]?.get?.security).toEqual([]);
    }
    expect(document.paths['/events']?.get?.responses['200']).toMatchObject({
      content: { 'text/event-stream': expect.any(Object) as unknown },
    });
  });
});
