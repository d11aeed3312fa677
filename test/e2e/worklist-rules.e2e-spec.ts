import { startLedger, type Ledger } from './ledger-harness';
import { onboard } from './onboarding';

type Item = { customerId: string; reason: string; escalateToBranchHead: boolean; holdingId: string | null };

/** Issue 15 §5 through the api: which contact answers which worklist item. */
describe('worklist rules read from the seeds (e2e)', () => {
  let ledger: Ledger;
  beforeAll(async () => {
    ledger = await startLedger();
  });
  afterAll(() => ledger.close());

  it('keeps a maturity open after other calls, and a movement valued after the morning call', async () => {
    const rm = await ledger.as('relationship-manager', 'rm-qian');
    const { customerId } = await onboard(ledger, rm, {
      relationshipManagerId: 'rm-qian',
      onboardedAt: '2026-01-02T09:00:00Z',
    });
    const post = (path: string, body: object, status = 201) =>
      ledger.http().post(`/customers/${customerId}${path}`).set(rm).send(body).expect(status);
    const call = {
      channel: 'phone',
      purpose: 'routine visit',
      outcome: 'reached',
      relationshipManagerId: 'rm-qian',
    };
    const cny = (amount: string) => ({ amount, currency: 'CNY' });
    const itemsAfter = async (response: { body: { position: string } }): Promise<Item[]> => {
      const worklist = await ledger
        .http()
        .get(`/worklist?date=2026-12-09&minPosition=${response.body.position}`)
        .set(rm)
        .expect(200);
      return (worklist.body.items as Item[]).filter((item) => item.customerId === customerId);
    };

    await post('/holdings', {
      holdingId: 'TD-2026-000777',
      productCode: 'TD-6M',
      productType: 'time-deposit',
      principal: cny('600000.00'),
      openedAt: '2026-06-10T09:00:00Z',
      maturityDate: '2026-12-10',
    });
    // The first valuation records what the customer holds: no movement.
    const valued = await post('/asset-valuations', {
      totalFinancialAssets: cny('600000.00'),
      asOf: '2026-12-01T09:00:00Z',
    });
    expect((await itemsAfter(valued)).map((item) => item.reason)).toEqual(['maturity', 'cadence']);

    const routine = await post('/contacts', { ...call, occurredAt: '2026-12-09T09:00:00Z' });
    expect((await itemsAfter(routine)).map((item) => item.reason)).toEqual(['maturity']);

    const moved = await post('/asset-valuations', {
      totalFinancialAssets: cny('900000.00'),
      asOf: '2026-12-09T15:00:00Z',
    });
    expect(await itemsAfter(moved)).toEqual([
      expect.objectContaining({ reason: 'large-movement', escalateToBranchHead: true }),
      expect.objectContaining({ reason: 'maturity', holdingId: 'TD-2026-000777' }),
    ]);

    const history = async () =>
      (
        await ledger
          .http()
          .get(`/customers/${customerId}/history?limit=200`)
          .set(await ledger.as('auditor'))
      ).body.items.length as number;
    const before = await history();
    const unknown = await post('/contacts', { ...call, holdingId: 'TD-2026-999999' }, 404);
    expect(unknown.body.details).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'holdingId' })]),
    );
    const malformed = await post('/contacts', { ...call, holdingId: 'TD 2026/777' }, 400);
    expect(malformed.body.details).toEqual([{ field: 'holdingId', problems: [expect.any(String)] }]);
    expect(await history()).toBe(before);

    const answered = await post('/contacts', {
      ...call,
      purpose: 'deposit maturing tomorrow',
      holdingId: 'TD-2026-000777',
      occurredAt: '2026-12-09T16:00:00Z',
    });
    expect(await itemsAfter(answered)).toEqual([]);
  });
});
