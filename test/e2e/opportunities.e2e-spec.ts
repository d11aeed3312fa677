import { randomUUID } from 'node:crypto';
import type { EventStore } from '@ledger/event-store';
import { EVENT_STORE } from '../../apps/api/src/infrastructure/tokens';
import { startLedger, type Ledger } from './ledger-harness';
import { onboard } from './onboarding';

type Auth = { Authorization: string };

describe('opportunities and the pipeline (e2e, embedded store)', () => {
  let ledger: Ledger;
  let store: EventStore;
  let li: Auth;
  let zhou: Auth;
  beforeAll(async () => {
    ledger = await startLedger();
    store = ledger.app.get(EVENT_STORE);
    li = await ledger.as('relationship-manager', 'rm-li');
    zhou = await ledger.as('relationship-manager', 'rm-zhou');
  });
  afterAll(() => ledger.close());

  const post = (path: string, auth: Auth, body: object) => ledger.http().post(path).set(auth).send(body);
  const streamOf = async (opportunityId: string) => store.readStream(`opportunity-${opportunityId}`);

  async function subscribe(customerId: string, auth: Auth, productCode: string, amount: string) {
    // A wealth product needs a valid risk assessment first (suitability).
    await post(`/customers/${customerId}/risk-assessments`, auth, {
      level: 'C3',
      score: 60,
      questionnaireVersion: 'RQ-2026',
    }).expect(201);
    const response = await post(`/customers/${customerId}/holdings`, auth, {
      productCode,
      productType: 'wealth',
      principal: { amount, currency: 'CNY' },
    }).expect(201);
    return response.body as { holdingId: string; position: string };
  }

  it('opens, advances and wins against a real subscription; refuses a holding of someone else, appending nothing', async () => {
    const own = await onboard(ledger, li, { branchId: 'b1' });
    const other = await onboard(ledger, zhou, { branchId: 'b2', relationshipManagerId: 'rm-zhou' });

    const opened = await post('/opportunities', li, {
      customerId: own.customerId,
      productCode: 'WM-115D',
      source: 'relationship-manager',
      expectedAmount: { amount: '300000.00', currency: 'CNY' },
    }).expect(201);
    const { opportunityId } = opened.body as { opportunityId: string };
    expect(opened.body).toEqual({ opportunityId, revision: 0, position: expect.stringMatching(/^\d+$/) });
    const [openedEvent] = await streamOf(opportunityId);
    expect(openedEvent).toMatchObject({
      type: 'OpportunityOpened',
      data: {
        customerId: own.customerId,
        owner: 'rm-li',
        branchId: 'b1',
        expectedAmount: { amountMinor: 30_000_000 },
      },
      metadata: { actor: { id: 'rm-li', role: 'relationship-manager' } },
    });

    // Another manager may neither open for this customer nor touch the opportunity.
    const outside = await post('/opportunities', zhou, {
      customerId: own.customerId,
      source: 'walk-in',
      expectedAmount: { amount: '1.00', currency: 'CNY' },
    }).expect(404);
    expect(outside.body.code).toBe('CUSTOMER_NOT_FOUND');
    const foreign = await post(`/opportunities/${opportunityId}/stage`, zhou, { stage: 'contacted' }).expect(
      404,
    );
    expect(foreign.body.code).toBe('OPPORTUNITY_NOT_FOUND');

    await post(`/opportunities/${opportunityId}/stage`, li, { stage: 'contacted' }).expect(201);
    await post(`/opportunities/${opportunityId}/stage`, li, { stage: 'proposed' }).expect(201);
    const back = await post(`/opportunities/${opportunityId}/stage`, li, { stage: 'needs-analysed' }).expect(
      422,
    );
    expect(back.body.code).toBe('OPPORTUNITY_STAGE_NOT_FORWARD');
    await post(`/opportunities/${opportunityId}/stage`, li, { stage: 'sold' }).expect(400);

    const ownHolding = await subscribe(own.customerId, li, 'WM-115D', '280000.00');
    const otherHolding = await subscribe(other.customerId, zhou, 'WM-115D', '500000.00');
    const before = (await streamOf(opportunityId)).length;
    const refused = await post(`/opportunities/${opportunityId}/won`, li, {
      holdingId: otherHolding.holdingId,
    }).expect(422);
    expect(refused.body.code).toBe('OPPORTUNITY_HOLDING_NOT_CUSTOMERS');
    expect(await streamOf(opportunityId)).toHaveLength(before);

    const won = await post(`/opportunities/${opportunityId}/won`, li, {
      holdingId: ownHolding.holdingId,
    }).expect(201);
    expect((await streamOf(opportunityId)).at(-1)).toMatchObject({
      type: 'OpportunityWon',
      data: {
        holdingId: ownHolding.holdingId,
        productCode: 'WM-115D',
        principal: { amountMinor: 28_000_000 },
      },
    });
    const closed = await post(`/opportunities/${opportunityId}/lost`, li, { reason: 'late' }).expect(422);
    expect(closed.body.code).toBe('OPPORTUNITY_CLOSED');

    // The pipeline, read as its manager and as another.
    const position = won.body.position as string;
    const list = await ledger.http().get(`/opportunities?minPosition=${position}`).set(li).expect(200);
    expect(list.body.items).toEqual([
      expect.objectContaining({
        opportunityId,
        status: 'won',
        stage: 'proposed',
        wonAmount: { amount: '280000.00', currency: 'CNY' },
        expectedAmount: { amount: '300000.00', currency: 'CNY' },
      }),
    ]);
    const seenByZhou = await ledger
      .http()
      .get(`/opportunities?minPosition=${position}`)
      .set(zhou)
      .expect(200);
    expect(seenByZhou.body.items).toEqual([]);
    await ledger.http().get('/opportunities?owner=rm-li').set(zhou).expect(403);
    await ledger.http().get(`/opportunities/${opportunityId}`).set(zhou).expect(404);
    await ledger.http().get(`/opportunities/${opportunityId}`).set(li).expect(200);

    const summary = await ledger
      .http()
      .get('/opportunities/pipeline?groupBy=relationshipManager')
      .set(li)
      .expect(200);
    expect(summary.body.groups).toEqual([
      expect.objectContaining({
        key: 'rm-li',
        won: { count: 1, amount: { amount: '280000.00', currency: 'CNY' } },
        lost: { count: 0 },
        open: { count: 0, expectedAmount: { amount: '0.00', currency: 'CNY' } },
      }),
    ]);
    const otherBranch = await ledger.as('branch-head', 'head-b2', 'b2');
    const b2 = await ledger.http().get('/opportunities/pipeline?groupBy=branch').set(otherBranch).expect(200);
    expect(b2.body.groups).toEqual([]);
    await ledger.http().get('/opportunities/pipeline?branchId=b1').set(otherBranch).expect(403);
    const ownBranch = await ledger.as('branch-head', 'head-b1', 'b1');
    const b1 = await ledger.http().get('/opportunities/pipeline?groupBy=branch').set(ownBranch).expect(200);
    expect(b1.body.groups).toEqual([
      expect.objectContaining({ key: 'b1', won: expect.objectContaining({ count: 1 }) }),
    ]);
  });

  it('lets a branch head work its branch’s opportunities and refuses a campaign without its id', async () => {
    const customer = await onboard(ledger, li, { branchId: 'b3' });
    const head = await ledger.as('branch-head', 'head-b3', 'b3');
    const mismatch = await post('/opportunities', head, {
      customerId: customer.customerId,
      source: 'campaign',
      expectedAmount: { amount: '10000.00', currency: 'CNY' },
    }).expect(422);
    expect(mismatch.body.code).toBe('OPPORTUNITY_CAMPAIGN_MISMATCH');
    const opportunityId = randomUUID();
    await post('/opportunities', head, {
      opportunityId,
      customerId: customer.customerId,
      source: 'campaign',
      campaignId: randomUUID(),
      expectedAmount: { amount: '10000.00', currency: 'CNY' },
    }).expect(201);
    const elsewhere = await ledger.as('branch-head', 'head-b2', 'b2');
    await post(`/opportunities/${opportunityId}/lost`, elsewhere, { reason: 'x' }).expect(404);
    const lost = await post(`/opportunities/${opportunityId}/lost`, head, { reason: 'no budget' }).expect(
      201,
    );
    const view = await ledger
      .http()
      .get(`/opportunities/${opportunityId}?minPosition=${lost.body.position as string}`)
      .set(li)
      .expect(200);
    expect(view.body).toMatchObject({
      owner: 'rm-li',
      branchId: 'b3',
      status: 'lost',
      lostReason: 'no budget',
    });
  });

  it('credits one subscription to one opportunity, also when two wins race (409 HOLDING_ALREADY_CREDITED)', async () => {
    const { customerId } = await onboard(ledger, li, { branchId: 'b1' });
    const open = async () =>
      (
        await post('/opportunities', li, {
          customerId,
          productCode: 'WM-115D',
          source: 'relationship-manager',
          expectedAmount: { amount: '100000.00', currency: 'CNY' },
        }).expect(201)
      ).body.opportunityId as string;
    const [first, second, third] = [await open(), await open(), await open()];
    const { holdingId } = await subscribe(customerId, li, 'WM-115D', '100000.00');

    await post(`/opportunities/${first}/won`, li, { holdingId }).expect(201);
    const again = await post(`/opportunities/${second}/won`, li, { holdingId }).expect(409);
    expect(again.body.code).toBe('HOLDING_ALREADY_CREDITED');
    expect(again.body.details).toContainEqual(
      expect.objectContaining({ field: 'opportunityId', value: first }),
    );
    expect((await streamOf(second)).map((event) => event.type)).toEqual(['OpportunityOpened']);

    // Two wins at once with a fresh subscription: exactly one is recorded.
    const fresh = await subscribe(customerId, li, 'WM-115D', '100000.00');
    const raced = await Promise.all(
      [second, third].map((id) => post(`/opportunities/${id}/won`, li, { holdingId: fresh.holdingId })),
    );
    expect(raced.map((response) => response.status).sort()).toEqual([201, 409]);
    const wins = [(await streamOf(second)).at(-1)?.type, (await streamOf(third)).at(-1)?.type];
    expect(wins.filter((type) => type === 'OpportunityWon')).toHaveLength(1);
  });
});
