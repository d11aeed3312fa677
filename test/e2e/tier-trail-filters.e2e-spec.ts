import { randomUUID } from 'node:crypto';
import { startLedger, type Ledger } from './ledger-harness';
import { distinctIdNumber, onboard } from './onboarding';

// The console's tier-trail filters (issue 20, ADR 0030): segment, from tier, override, decider.
describe('GET /tier-audits filtered as the console filters it (e2e)', () => {
  let ledger: Ledger;
  let customerId: string;
  let position: string;
  beforeAll(async () => {
    ledger = await startLedger();
    customerId = randomUUID();
    const rm = await ledger.as('relationship-manager', 'rm-zhou');
    await onboard(ledger, rm, {
      customerId,
      segment: 'corporate',
      name: '杭州云栖数据有限公司',
      idNumber: distinctIdNumber('91330100MA2B3C4D5E'),
      branchId: 'branch-hz',
      relationshipManagerId: 'rm-zhou',
    });
    await ledger
      .http()
      .post(`/customers/${customerId}/contributions`)
      .set(rm)
      .send({
        year: 2026,
        contribution: { amount: '5000000.00', currency: 'CNY' },
        departmentsEngaged: 1,
        growthRate: 0.03,
      })
      .expect(201);
    const review = await ledger
      .http()
      .post(`/customers/${customerId}/tier-reviews`)
      .set(rm)
      .send({ proposedTier: 'STRATEGIC', rationale: 'state-owned parent' })
      .expect(201);
    const override = { vote: 'approve', tier: 'STRATEGIC', reason: 'state-owned parent' };
    for (const member of ['committee-chen', 'committee-zhao']) {
      const vote = await ledger
        .http()
        .post(`/customers/${customerId}/tier-reviews/${review.body.reviewId as string}/votes`)
        .set(await ledger.as('committee-member', member))
        .send(override)
        .expect(201);
      position = vote.body.position as string;
    }
  });
  afterAll(() => ledger.close());

  const count = async (query: string) => {
    const response = await ledger
      .http()
      .get(`/tier-audits?customerId=${customerId}&minPosition=${position}&${query}`)
      .set(await ledger.as('auditor', 'auditor-sun'))
      .expect(200);
    return response.body.total as number;
  };

  it('filters by segment, from tier, override and the deciding member', async () => {
    expect(await count('segment=corporate')).toBe(1);
    expect(await count('segment=retail')).toBe(0);
    expect(await count('fromTier=STANDARD')).toBe(1);
    expect(await count('fromTier=KEY')).toBe(0);
    expect(await count('override=true')).toBe(1);
    expect(await count('override=false')).toBe(0);
    expect(await count('decidedBy=committee-zhao')).toBe(1);
    expect(await count('decidedBy=committee-chen')).toBe(0);
  });

  it('answers 400 naming the filter for a value it does not know', async () => {
    const auditor = await ledger.as('auditor', 'auditor-sun');
    for (const [query, field] of [
      ['override=maybe', 'override'],
      ['segment=sme', 'segment'],
      ['fromTier=GOLD', 'fromTier'],
    ] as const) {
      const response = await ledger.http().get(`/tier-audits?${query}`).set(auditor).expect(400);
      expect(JSON.stringify(response.body)).toContain(field);
    }
  });
});
