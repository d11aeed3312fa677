import { randomBytes, randomUUID } from 'node:crypto';
import { loadConfig } from '@ledger/config';
import { ProjectionRuntime } from '@ledger/projection-runtime';
import { allProjections } from '@ledger/projections/index';
import { type LedgerStores, openStores } from '@ledger/stores';
import { signToken } from '../../apps/api/src/auth/development-token';
import { AppProcess } from '../support/app-process';
import { distinctIdNumber } from './onboarding';
import { describeWithPostgres, dropSchema, freshSchema, PG_TEST_URL } from '../support/postgres-server';

const SECRET = 'e2e-processes-secret-with-enough-entropy-0123456789';
const withSchema = (schema: string) =>
  `${PG_TEST_URL}${PG_TEST_URL.includes('?') ? '&' : '?'}schema=${schema}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Acknowledged {
  customerId: string;
  revision: number;
}

/**
 * The deployed topology: the api and apps/projector as two processes over PostgreSQL. Each is
 * SIGKILLed in turn while 32 writers keep sending commands, half of them through a second api process; afterwards every acknowledged command is
 * in the log and the read models equal a rebuild from scratch.
 */
describeWithPostgres('api and projector as processes on PostgreSQL, each killed under load', () => {
  const [logSchema, readSchema, rebuiltSchema] = [
    freshSchema('ledger_proc'),
    freshSchema('ledger_proc_read'),
    freshSchema('ledger_proc_rebuilt'),
  ];
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const env = {
    EVENT_STORE_URL: withSchema(logSchema),
    READ_STORE_URL: withSchema(readSchema),
    MASTER_KEY: randomBytes(32).toString('base64'),
    JWT_SECRET: SECRET,
  };
  const api = new AppProcess(
    'apps/api/src/main.ts',
    { ...env, PORT: String(port) },
    'Relationship Ledger API on',
  );
  // A second api process on the same database: commands on one customer race through both.
  const otherApi = new AppProcess(
    'apps/api/src/main.ts',
    { ...env, PORT: String(port + 1) },
    'Relationship Ledger API on',
  );
  const projector = new AppProcess(
    'apps/projector/src/main.ts',
    { ...env, LOG_LEVEL: 'log' },
    'customer-360',
  );
  const url = `http://127.0.0.1:${port}`;
  const otherUrl = `http://127.0.0.1:${port + 1}`;
  let stores: LedgerStores | undefined;

  afterAll(async () => {
    await api.stop();
    await otherApi.stop();
    await projector.stop();
    await stores?.close();
    for (const schema of [logSchema, readSchema, rebuiltSchema]) await dropSchema(schema);
  });

  it('loses no acknowledged command and converges to a rebuild', async () => {
    await Promise.all([api.start(), otherApi.start(), projector.start()]);
    const auth = {
      Authorization: `Bearer ${await signToken(SECRET, 'rm-li', ['relationship-manager'], '1h')}`,
    };
    const post = (path: string, body: object, through = url) =>
      fetch(`${through}${path}`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });

    // The walkthrough's first steps: onboard, then read the customer back.
    const customers = Array.from({ length: 8 }, () => randomUUID());
    for (const customerId of customers) {
      const response = await post('/customers', {
        customerId,
        segment: 'retail',
        name: '李雷',
        // One customer per identity card: the register refuses a number already on file.
        idNumber: distinctIdNumber(),
        phone: '+8613800000001',
        branchId: 'b1',
        relationshipManagerId: 'rm-li',
      });
      expect(response.status).toBe(201);
    }

    const acknowledged: Acknowledged[] = [];
    let statuses: number[] = [];
    let writing = true;
    const writer = async (index: number) => {
      for (let call = 0; writing; call += 1) {
        const customerId = customers[(index + call) % customers.length] as string;
        try {
          const response = await post(
            `/customers/${customerId}/contacts`,
            {
              channel: 'phone',
              purpose: `call ${index}-${call}`,
              outcome: 'reached',
              relationshipManagerId: 'rm-li',
            },
            index % 2 === 0 ? url : otherUrl,
          );
          statuses.push(response.status);
          if (response.status === 201)
            acknowledged.push({
              customerId,
              revision: ((await response.json()) as { revision: number }).revision,
            });
        } catch {
          // The api is down: nothing was acknowledged; try again shortly.
          await sleep(50);
        }
      }
    };
    const writers = Array.from({ length: 32 }, (_, index) => writer(index));

    await sleep(1500);
    await api.kill();
    const beforeRestart = acknowledged.length;
    await api.start();
    await sleep(1500);
    await projector.kill();
    await sleep(500);
    await projector.start();
    await sleep(1500);
    writing = false;
    await Promise.all(writers);
    expect(beforeRestart).toBeGreaterThan(0);
    expect(acknowledged.length).toBeGreaterThan(beforeRestart);
    // A client only ever sees success or a conflict it may retry: never a 500.
    expect(statuses.filter((status) => status !== 201 && status !== 409)).toEqual([]);
    statuses = [];

    const config = loadConfig(env);
    stores = await openStores(config, { warn: () => undefined });
    const revisions = acknowledged.map((ack) => `${ack.customerId}@${ack.revision}`);
    // Two processes never acknowledged the same revision of a stream.
    expect(new Set(revisions).size).toBe(revisions.length);
    for (const customerId of customers) {
      const stream = await stores.events.readStream(`customer-${customerId}`);
      await expect(stores.sealedEvents.verifyStream(`customer-${customerId}`)).resolves.toMatchObject({
        valid: true,
      });
      for (const { revision } of acknowledged.filter((ack) => ack.customerId === customerId))
        expect(stream[revision]?.type).toBe('ContactLogged');
    }

    // The projector, restarted after its kill, catches up with the log.
    const head = await stores.events.headPosition();
    const deadline = Date.now() + 30_000;
    const behind = async () => {
      const response = await fetch(`${url}/projections`, {
        headers: { Authorization: `Bearer ${await signToken(SECRET, 'ops', ['admin'], '1h')}` },
      });
      const status = (await response.json()) as { position: string | null }[];
      return status.some((projection) => projection.position !== head);
    };
    while ((await behind()) && Date.now() < deadline) await sleep(200);
    expect(await behind()).toBe(false);

    // A rebuild from scratch into another schema answers exactly as the read models that lived through the kills.
    const rebuiltStores = await openStores(
      loadConfig({ ...env, READ_STORE_URL: withSchema(rebuiltSchema) }),
      {
        warn: () => undefined,
      },
    );
    const projections = allProjections(config.policies);
    const rebuild = new ProjectionRuntime({
      eventStore: rebuiltStores.events,
      readStore: rebuiltStores.reads,
      projections,
    });
    await rebuild.start();
    while ((await rebuild.status()).some((status) => status.position !== head)) await sleep(100);
    await rebuild.stop();
    expect(await stores.reads.count('customers')).toBe(customers.length);
    for (const alias of projections.flatMap((projection) => projection.collections)) {
      const [lived, rebuilt] = await Promise.all([
        stores.reads.find(alias, {}, { sort: { _id: 1 } }),
        rebuiltStores.reads.find(alias, {}, { sort: { _id: 1 } }),
      ]);
      expect({ alias, documents: rebuilt }).toEqual({ alias, documents: lived });
    }
    await rebuiltStores.close();
  }, 240_000);
});
