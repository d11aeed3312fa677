import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { EventStore } from '@ledger/event-store';
import { SEALED_EVENT_STORE } from '../../apps/api/src/infrastructure/tokens';
import { startLedger, type Ledger } from './ledger-harness';
import { onboard as onboardCustomer } from './onboarding';
import { chainHashV2, type HashedEventV2, type JsonObject } from '@ledger/event-store';
import { storedEventData } from '@ledger/domain';
import { readSse } from './sse-client';

describe('GET /events: the downstream feed (e2e)', () => {
  let ledger: Ledger;
  let base: string;
  beforeAll(async () => {
    ledger = await startLedger();
    await ledger.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(ledger.app.getHttpServer().address() as AddressInfo).port}`;
  });
  afterAll(() => ledger.close());

  async function onboard(): Promise<string> {
    const customerId = randomUUID();
    await onboardCustomer(ledger, await ledger.as('relationship-manager'), { customerId });
    await ledger
      .http()
      .post(`/customers/${customerId}/contacts`)
      .set(await ledger.as('call-center'))
      .send({ channel: 'phone', purpose: 'welcome call', outcome: 'reached', relationshipManagerId: 'rm-li' })
      .expect(201);
    return customerId;
  }

  it('streams events with their position as id, filtered by type, with personal fields sealed', async () => {
    const customerId = await onboard();
    const headers = await ledger.as('downstream-service');
    const messages = await readSse(
      `${base}/events?from=start&types=CustomerOnboarded`,
      headers as Record<string, string>,
      1,
    );
    const first = JSON.parse(messages[0]?.data ?? '{}');
    expect(messages[0]?.event).toBe('CustomerOnboarded');
    expect(messages[0]?.id).toBe(first.position);
    expect(first.stream).toBe(`customer-${customerId}`);
    expect(first.data.idNumber).toMatchObject({ $enc: 'v1' });
    expect(JSON.stringify(first)).not.toContain('110101199001011234');
  });

  it('carries what the bank sells too (product streams), narrows by ?categories=, and never the registers', async () => {
    const code = `WM-${randomUUID().slice(0, 8)}`;
    await ledger
      .http()
      .post('/products')
      .set(await ledger.as('product-manager', 'pm-sun'))
      .send({
        code,
        name: '稳健一年期理财',
        type: 'wealth',
        riskLevel: 'PR3',
        currency: 'CNY',
        minimumAmount: { amount: '10000.00', currency: 'CNY' },
        saleOpensOn: '2026-11-10',
        saleClosesOn: '2026-11-20',
        term: 12,
        expectedReturn: 0.032,
      })
      .expect(201);
    const customerId = await onboard();
    await ledger
      .http()
      .get(
        `/customers/${customerId}?minPosition=${await ledger.app.get<EventStore>(SEALED_EVENT_STORE).headPosition()}`,
      )
      .set(await ledger.as('relationship-manager'))
      .expect(200);
    const headers = (await ledger.as('downstream-service')) as Record<string, string>;
    const [launched] = await readSse(`${base}/events?from=start&categories=product`, headers, 1);
    expect(launched?.event).toBe('ProductLaunched');
    expect(JSON.parse(launched?.data ?? '{}').stream).toBe(`product-${code}`);

    // Every event the log holds so far: the identity- registers and access- logs among them are withheld.
    const store = ledger.app.get<EventStore>(SEALED_EVENT_STORE);
    const logged: string[] = [];
    for await (const event of store.readAll({ from: 'start' })) logged.push(event.stream);
    const published = logged.filter((stream) =>
      /^(customer|product|campaign|opportunity|household)-/.test(stream),
    );
    expect(logged.some((stream) => stream.startsWith('identity-'))).toBe(true);
    expect(logged.some((stream) => stream.startsWith('access-'))).toBe(true);
    const all = await readSse(`${base}/events?from=start`, headers, published.length);
    expect(all.map((message) => JSON.parse(message.data).stream as string)).toEqual(published);

    const refused = await ledger.http().get('/events?categories=identity').set(headers).expect(400);
    expect(JSON.stringify(refused.body)).toContain('categories');
  });

  it('withholds the request hash, a digest of the plaintext request, from subscribers', async () => {
    const customerId = randomUUID();
    const auth = await ledger.as('relationship-manager');
    const body = {
      customerId,
      segment: 'retail',
      name: '韩梅梅',
      idNumber: '110101199202021234',
      phone: '+8613800000002',
      branchId: 'b1',
      relationshipManagerId: 'rm-li',
    };
    const key = { 'Idempotency-Key': randomUUID() };
    await ledger.http().post('/customers').set(auth).set(key).send(body).expect(201);
    const history = await ledger
      .http()
      .get(`/customers/${customerId}/history`)
      .set(await ledger.as('auditor'))
      .expect(200);
    expect(history.body.items[0].metadata.requestHash).toMatch(/^[0-9a-f]{64}$/);

    const messages = await readSse(
      `${base}/events?from=${Number(history.body.items[0].position) - 1}&types=CustomerOnboarded`,
      (await ledger.as('downstream-service')) as Record<string, string>,
      1,
    );
    const delivered = JSON.parse(messages[0]?.data ?? '{}');
    expect(delivered.stream).toBe(`customer-${customerId}`);
    expect(delivered.metadata.idempotencyKey).toBe(key['Idempotency-Key']);
    expect(delivered.metadata).not.toHaveProperty('requestHash');
  });

  it('resumes after Last-Event-ID and then delivers live events', async () => {
    await onboard();
    const headers = (await ledger.as('downstream-service')) as Record<string, string>;
    const firstTwo = await readSse(`${base}/events?from=start`, headers, 2);
    const resumed = await readSse(
      `${base}/events`,
      { ...headers, 'Last-Event-ID': firstTwo[0]?.id as string },
      1,
    );
    expect(resumed[0]?.id).toBe(firstTwo[1]?.id);

    // Subscribe at the end, and only append once the stream is open: the event must arrive live.
    let opened!: () => void;
    const open = new Promise<void>((resolve) => (opened = resolve));
    const live = readSse(`${base}/events?from=end&types=ContactLogged`, headers, 1, {
      onOpen: () => opened(),
    });
    await open;
    const customerId = await onboard();
    const delivered = JSON.parse((await live)[0]?.data ?? '{}');
    expect(delivered).toMatchObject({ type: 'ContactLogged', stream: `customer-${customerId}` });
  });

  it('refuses roles without access and malformed positions', async () => {
    await ledger
      .http()
      .get('/events')
      .set(await ledger.as('call-center'))
      .expect(403);
    await ledger
      .http()
      .get('/events?from=yesterday')
      .set(await ledger.as('auditor'))
      .expect(400);
  });

  it('answers 400 naming an unknown event type instead of streaming nothing', async () => {
    const response = await ledger
      .http()
      .get('/events?types=ContactLogged,Nope')
      .set(await ledger.as('downstream-service'))
      .expect(400);
    expect(response.body).toMatchObject({
      statusCode: 400,
      error: 'Bad Request',
      details: [{ field: 'types', problems: [expect.stringContaining('unknown event type "Nope"')] }],
    });
  });

  it('delivers money as { amount, currency }, and the hash still verifies over the stored form', async () => {
    const customerId = await onboard();
    const subscribed = await ledger
      .http()
      .post(`/customers/${customerId}/holdings`)
      .set(await ledger.as('relationship-manager'))
      .send({
        productCode: 'TD-1Y',
        productType: 'time-deposit',
        principal: { amount: '12000000.00', currency: 'CNY' },
        maturityDate: '2027-12-01',
      })
      .expect(201);
    const [message] = await readSse(
      `${base}/events?from=${Number(subscribed.body.position) - 1}&types=ProductSubscribed`,
      (await ledger.as('downstream-service')) as Record<string, string>,
      1,
    );
    const envelope = JSON.parse(message?.data ?? '{}') as JsonObject & {
      data: JsonObject;
      metadata: JsonObject & { prevHash: string; hash: string };
    };
    expect(envelope.data['principal']).toEqual({ amount: '12000000.00', currency: 'CNY' });
    // An outside verifier turns the published money back into minor units and hashes (ADR 0018).
    const stored = { ...envelope, data: storedEventData(envelope.data) } as unknown as HashedEventV2;
    expect(stored.data['principal']).toEqual({ amountMinor: 1_200_000_000, currency: 'CNY' });
    expect(chainHashV2(envelope.metadata.prevHash, stored)).toBe(envelope.metadata.hash);
  });
});
