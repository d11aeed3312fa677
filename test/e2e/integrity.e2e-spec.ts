import { rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLedger, type Ledger } from './ledger-harness';
import { onboard } from './onboarding';
import { readSse } from './sse-client';

/** Polls `read` until `done` holds: the anchors are written by a subscription, a moment after the commit. */
async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    const value = await read();
    if (done(value) || attempt >= 100) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('GET /integrity: anchors and the ledger-wide verification (e2e)', () => {
  let ledger: Ledger;
  let base: string;
  const policies = join(tmpdir(), `anchors-${process.pid}.json`);
  beforeAll(async () => {
    // Anchored every 4 events, so a few commands make anchors without waiting on the timer (an
    // onboarding appends two: the idNumber register's and the customer's, ADR 0025).
    writeFileSync(policies, JSON.stringify({ chainAnchors: { everyEvents: 4 } }));
    ledger = await startLedger({ POLICIES_FILE: policies });
    await ledger.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(ledger.app.getHttpServer().address() as AddressInfo).port}`;
    const rm = await ledger.as('relationship-manager');
    for (let i = 0; i < 3; i += 1) await onboard(ledger, rm);
  });
  afterAll(async () => {
    await ledger.close();
    rmSync(policies, { force: true });
  });

  const anchors = async () =>
    (
      await ledger
        .http()
        .get('/integrity/anchors')
        .set(await ledger.as('auditor'))
        .expect(200)
    ).body as {
      items: { revision: number; position: string; root: string; streams: number }[];
      total: number;
    };

  it('records anchors as the log grows and exports their roots', async () => {
    const page = await eventually(anchors, (body) => body.total >= 1);
    expect(page.total).toBeGreaterThanOrEqual(1);
    expect(page.items[0]).toMatchObject({ revision: 0, root: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it('verifies every stream against its chain and the latest anchor', async () => {
    // Two of the three onboardings are anchored at once (every 4 events); the third waits for the timer.
    const { items } = await eventually(anchors, (body) => body.total >= 1);
    expect(items[items.length - 1]).toMatchObject({ streams: 4 });
    const response = await ledger
      .http()
      .get('/integrity/verify')
      .set(await ledger.as('admin'))
      .expect(200);
    expect(response.body).toMatchObject({ valid: true, streams: 6, events: 6, problems: [] });
    expect(response.body.anchor).toEqual(expect.objectContaining(items[items.length - 1]));
  });

  it('keeps the integrity stream out of the downstream feed', async () => {
    await eventually(anchors, (body) => body.total >= 1);
    const headers = (await ledger.as('downstream-service')) as Record<string, string>;
    const messages = await readSse(`${base}/events?from=start`, headers, 3);
    const streams = messages.map((message) => (JSON.parse(message.data) as { stream: string }).stream);
    expect(streams.every((stream) => stream.startsWith('customer-'))).toBe(true);
    expect(messages.map((message) => message.event)).toEqual(Array(3).fill('CustomerOnboarded'));
  });

  it('does not disturb the projections: they reach the head past the anchors, nothing parked', async () => {
    await eventually(anchors, (body) => body.total >= 1);
    const read = async () =>
      (
        await ledger
          .http()
          .get('/projections')
          .set(await ledger.as('admin'))
          .expect(200)
      ).body as {
        position: string | null;
        head: string | null;
        lagEvents: number;
        parked: unknown[];
        error: string | null;
      }[];
    const statuses = await eventually(read, (all) => all.every((status) => status.lagEvents === 0));
    for (const status of statuses) {
      expect(status).toMatchObject({ lagEvents: 0, parked: [], error: null });
      expect(status.position).toBe(status.head);
    }
  });

  it('is for auditors and admins only', async () => {
    await ledger
      .http()
      .get('/integrity/verify')
      .set(await ledger.as('relationship-manager'))
      .expect(403);
    await ledger
      .http()
      .get('/integrity/anchors?limit=0')
      .set(await ledger.as('auditor'))
      .expect(400);
  });
});
