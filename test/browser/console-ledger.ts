import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { loadConfig } from '@ledger/config';
import { createApp } from '../../apps/api/src/bootstrap';
import { signToken } from '../../apps/api/src/auth/development-token';
import type { Role } from '../../apps/api/src/auth/roles';
import { DEVELOPMENT_JWT_SECRET } from '../../apps/api/src/auth/token-verifier';

export interface ConsoleLedger {
  url: string;
  /** The embedded stores' directory (events.sqlite: the log). */
  dataDir: string;
  token(role: Role, sub: string, branchId?: string): Promise<string>;
  post(path: string, role: Role, sub: string, body: object): Promise<Record<string, unknown>>;
  close(): Promise<void>;
}

/**
 * The api as `npm start` runs it on the embedded default with no token setting (the development
 * mode, so the console's development sign-in exists), listening on a free port.
 */
export async function startConsoleLedger(): Promise<ConsoleLedger> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ledger-console-'));
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'error', PORT: '0' });
  const app: NestFastifyApplication = await createApp(config);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address();
  if (address === null || typeof address === 'string') throw new Error('the api is not on a TCP port');
  const url = `http://127.0.0.1:${address.port}`;
  const token = (role: Role, sub: string, branchId?: string) =>
    signToken(DEVELOPMENT_JWT_SECRET, sub, [role], '8h', branchId);
  return {
    url,
    dataDir,
    token,
    async post(path, role, sub, body) {
      const response = await fetch(`${url}${path}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${await token(role, sub)}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      const answer = (await response.json()) as Record<string, unknown>;
      if (response.status !== 201)
        throw new Error(`POST ${path}: ${response.status} ${JSON.stringify(answer)}`);
      return answer;
    },
    async close() {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface ConsoleBook {
  /** Corporate, rm-zhou at branch-hz: onboarded, a contact, a contribution, a review approved with an override, one open. */
  corporateId: string;
  corporatePhone: string;
  openReviewId: string;
  /** Retail, rm-li at b1: two valuations, the first raising the tier by assets, the second a large movement. */
  retailId: string;
  retailPhone: string;
  /** The position of the last command: read models wait for it with ?minPosition=. */
  position: string;
}

/** A small book, written through the API as an RM and the committee would. */
export async function seedConsoleBook(ledger: ConsoleLedger): Promise<ConsoleBook> {
  const corporateId = randomUUID();
  const corporatePhone = '+8657188880123';
  await ledger.post('/customers', 'relationship-manager', 'rm-zhou', {
    customerId: corporateId,
    segment: 'corporate',
    name: '杭州云栖数据有限公司',
    idNumber: '91330100MA2B3C4D5E',
    phone: corporatePhone,
    branchId: 'branch-hz',
    relationshipManagerId: 'rm-zhou',
    marketingConsent: true,
  });
  await ledger.post(`/customers/${corporateId}/contacts`, 'relationship-manager', 'rm-zhou', {
    channel: 'visit',
    purpose: 'annual review',
    outcome: 'expanding into trade finance',
    relationshipManagerId: 'rm-zhou',
  });
  await ledger.post(`/customers/${corporateId}/contributions`, 'relationship-manager', 'rm-zhou', {
    year: 2026,
    contribution: { amount: '5000000.00', currency: 'CNY' },
    departmentsEngaged: 1,
    growthRate: 0.03,
  });
  const approved = await ledger.post(
    `/customers/${corporateId}/tier-reviews`,
    'relationship-manager',
    'rm-zhou',
    {
      proposedTier: 'STRATEGIC',
      rationale: 'group parent is a state enterprise',
    },
  );
  const override = { vote: 'approve', tier: 'STRATEGIC', reason: 'group parent is a state enterprise' };
  const votes = `/customers/${corporateId}/tier-reviews/${String(approved['reviewId'])}/votes`;
  await ledger.post(votes, 'committee-member', 'committee-chen', override);
  await ledger.post(votes, 'committee-member', 'committee-zhao', override);
  const open = await ledger.post(
    `/customers/${corporateId}/tier-reviews`,
    'relationship-manager',
    'rm-zhou',
    {
      rationale: 'second look after the merger',
    },
  );
  const openReviewId = String(open['reviewId']);
  await ledger.post(
    `/customers/${corporateId}/tier-reviews/${openReviewId}/votes`,
    'committee-member',
    'committee-chen',
    {
      vote: 'reject',
      reason: 'wait for the audited accounts',
    },
  );

  const retailId = randomUUID();
  const retailPhone = '+8613800004567';
  await ledger.post('/customers', 'relationship-manager', 'rm-li', {
    customerId: retailId,
    segment: 'retail',
    name: '李雷',
    idNumber: '110101199001011234',
    phone: retailPhone,
    branchId: 'b1',
    relationshipManagerId: 'rm-li',
    marketingConsent: true,
  });
  await ledger.post(`/customers/${retailId}/asset-valuations`, 'relationship-manager', 'rm-li', {
    totalFinancialAssets: { amount: '600000.00', currency: 'CNY' },
  });
  const last = await ledger.post(`/customers/${retailId}/asset-valuations`, 'relationship-manager', 'rm-li', {
    totalFinancialAssets: { amount: '950000.00', currency: 'CNY' },
  });
  return {
    corporateId,
    corporatePhone,
    openReviewId,
    retailId,
    retailPhone,
    position: String(last['position']),
  };
}

/** Waits until every read model the console reads includes `position` (the API's ?minPosition=). */
export async function settle(ledger: ConsoleLedger, position: string): Promise<void> {
  const auditor = await ledger.token('auditor', 'settle');
  const manager = await ledger.token('relationship-manager', 'rm-li');
  for (const [path, token] of [
    ['/customers', auditor],
    ['/tier-audits', auditor],
    ['/tier-reviews', auditor],
    ['/kpis', auditor],
    ['/worklist', manager],
  ] as const) {
    const response = await fetch(`${ledger.url}${path}?minPosition=${position}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    if (response.status !== 200) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`);
  }
}
