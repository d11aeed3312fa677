import { randomBytes } from 'node:crypto';
import { loadConfig } from '@ledger/config';
import { ProjectionRuntime } from '@ledger/projection-runtime';
import { allProjections } from '@ledger/projections/index';
import { type LedgerStores, openStores } from '@ledger/stores';
import { describeWithPostgres, dropSchema, freshSchema, PG_TEST_URL } from '../support/postgres-server';
import { type Ledger, startLedger, TEST_JWT_SECRET } from './ledger-harness';
import { onboard } from './onboarding';

const contactOf = (purpose: string, occurredAt: string) => ({
  channel: 'phone',
  purpose,
  outcome: 'reached',
  relationshipManagerId: 'rm-li',
  occurredAt,
});

const withSchema = (schema: string) =>
  `${PG_TEST_URL}${PG_TEST_URL.includes('?') ? '&' : '?'}schema=${schema}`;

/**
 * The production topology on PostgreSQL: two api instances (each its own pools, caches and
 * listener, as two processes would have) over one database, and the projector's runtime writing the
 * read models they read.
 */
describeWithPostgres('the api and the projector on PostgreSQL', () => {
  const [logSchema, readSchema] = [freshSchema('ledger_e2e'), freshSchema('ledger_e2e_read')];
  const env = {
    EVENT_STORE_URL: withSchema(logSchema),
    READ_STORE_URL: withSchema(readSchema),
    MASTER_KEY: randomBytes(32).toString('base64'),
  };
  let first: Ledger;
  let second: Ledger;
  let projectorStores: LedgerStores;
  let projector: ProjectionRuntime;

  beforeAll(async () => {
    first = await startLedger(env);
    second = await startLedger(env);
    const config = loadConfig({ ...env, JWT_SECRET: TEST_JWT_SECRET });
    projectorStores = await openStores(config, { warn: () => undefined });
    projector = new ProjectionRuntime({
      eventStore: projectorStores.events,
      readStore: projectorStores.reads,
      projections: allProjections(config.policies),
      onError: (error) => console.error(error),
    });
    await projector.start();
  }, 60_000);
  afterAll(async () => {
    await projector.stop();
    await projectorStores.close();
    await first.close();
    await second.close();
    await dropSchema(logSchema);
    await dropSchema(readSchema);
  });

  it('records a command through one api and answers it from the other once the projector applied it', async () => {
    const rm = await first.as('relationship-manager');
    const { customerId } = await onboard(first, rm);
    const contact = await first
      .http()
      .post(`/customers/${customerId}/contacts`)
      .set(rm)
      .send(contactOf('quarterly review', '2026-12-07T09:00:00Z'))
      .expect(201);
    const view = await second
      .http()
      .get(`/customers/${customerId}?minPosition=${contact.body.position as string}`)
      .set(await second.as('relationship-manager'))
      .expect(200);
    expect(view.body).toMatchObject({ customerId, name: expect.any(String) });
    expect(JSON.stringify(view.body)).toContain('2026-12-07T09:00:00');
  });

  it('keeps personal data sealed in PostgreSQL: the name is ciphertext in the log', async () => {
    const rm = await first.as('relationship-manager');
    const { customerId } = await onboard(first, rm, { name: '韩梅梅' });
    const [onboarded] = await projectorStores.sealedEvents.readStream(`customer-${customerId}`);
    expect(JSON.stringify(onboarded?.data)).not.toContain('韩梅梅');
    const [plain] = await projectorStores.events.readStream(`customer-${customerId}`);
    expect(plain?.data['name']).toBe('韩梅梅');
  });

  it('concurrent commands on one customer through both apis: only 2xx or 409, one unbroken chain', async () => {
    const rm = await first.as('relationship-manager');
    const { customerId } = await onboard(first, rm);
    const responses = await Promise.all(
      Array.from({ length: 32 }, (_, index) =>
        (index % 2 === 0 ? first : second)
          .http()
          .post(`/customers/${customerId}/contacts`)
          .set(rm)
          .send(contactOf(`call ${index}`, '2026-12-07T10:00:00Z')),
      ),
    );
    const statuses = responses.map((response) => response.status);
    expect(statuses.every((status) => status === 201 || status === 409)).toBe(true);
    const acknowledged = responses.filter((response) => response.status === 201);
    const revisions = acknowledged.map((response) => response.body.revision as number);
    expect(new Set(revisions).size).toBe(revisions.length);
    const stream = await projectorStores.events.readStream(`customer-${customerId}`);
    // Every acknowledged contact is in the log, at the revision it was acknowledged with.
    for (const response of acknowledged)
      expect(stream[response.body.revision as number]?.type).toBe('ContactLogged');
    expect(stream).toHaveLength(1 + acknowledged.length);
    await expect(projectorStores.sealedEvents.verifyStream(`customer-${customerId}`)).resolves.toMatchObject({
      valid: true,
    });
  });

  it('reports in /projections of the api the builds the projector keeps, caught up with the log', async () => {
    const { position } = await onboard(first, await first.as('relationship-manager'));
    const deadline = Date.now() + 10_000;
    let customer360: { position: string | null; head: string | null; state: string } | undefined;
    while (Date.now() < deadline) {
      const response = await first
        .http()
        .get('/projections')
        .set(await first.as('admin'))
        .expect(200);
      customer360 = (
        response.body as { name: string; position: string | null; head: string | null; state: string }[]
      ).find((status) => status.name === 'customer-360');
      if (customer360?.position !== null && Number(customer360?.position) >= Number(position)) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(customer360).toMatchObject({ state: 'live' });
    expect(Number(customer360?.position)).toBeGreaterThanOrEqual(Number(position));
    expect(customer360?.head).toBe(customer360?.position);
  });
});
