import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { loadConfig, type LedgerConfig } from '@ledger/config';
import { createApp } from '../../apps/api/src/bootstrap';
import { signToken } from '../../apps/api/src/auth/development-token';
import type { Role } from '../../apps/api/src/auth/roles';

export const TEST_JWT_SECRET = 'e2e-test-secret-with-enough-entropy-0123456789';

export interface Ledger {
  app: NestFastifyApplication;
  config: LedgerConfig;
  http: () => ReturnType<typeof request>;
  /** A bearer header for the given roles and subject (rm-li, the onboarding default's manager). */
  as(roles: Role | Role[], sub?: string, branchId?: string): Promise<{ Authorization: string }>;
  close(): Promise<void>;
}

/** The api exactly as `npm start` builds it, on a fresh embedded data directory. */
export async function startLedger(env: Record<string, string> = {}): Promise<Ledger> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ledger-e2e-'));
  const config = loadConfig({ DATA_DIR: dataDir, JWT_SECRET: TEST_JWT_SECRET, LOG_LEVEL: 'error', ...env });
  const app = await createApp(config);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return {
    app,
    config,
    http: () => request(app.getHttpServer()),
    async as(roles, sub = 'rm-li', branchId) {
      const list = Array.isArray(roles) ? roles : [roles];
      const token = await signToken(TEST_JWT_SECRET, sub, list, '8h', branchId);
      return { Authorization: `Bearer ${token}` };
    },
    async close() {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
