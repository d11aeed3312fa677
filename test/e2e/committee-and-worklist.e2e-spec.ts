import { randomUUID } from 'node:crypto';
import { CLOCK, type Clock } from '../../apps/api/src/infrastructure/tokens';
import { ReviewExpirySweep } from '../../apps/api/src/review-expiry/review-expiry-sweep';
import { startLedger, type Ledger } from './ledger-harness';
import { distinctIdNumber, onboard } from './onboarding';

describe('review committee trail and the worklist (e2e)', () => {
  let ledger: Ledger;
  beforeAll(async () => {
    ledger = await startLedger();
  });
  afterAll(() => ledger.close());

  async function corporateCustomer(rmId: string): Promise<string> {
    const customerId = randomUUID();
    const rm = await ledger.as('relationship-manager', rmId);
    await onboard(ledger, rm, {
      customerId,
      segment: 'corporate',
      name: '杭州云栖数据有限公司',
      idNumber: distinctIdNumber('91330100MA2B3C4D5E'),
      phone: '+8657188880000',
      branchId: 'branch-hz',
      relationshipManagerId: rmId,
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
    return customerId;
  }

  async function openReview(
    customerId: string,
    proposedTier?: string,
  ): Promise<{ reviewId: string; position: string }> {
    const response = await ledger
      .http()
      .post(`/customers/${customerId}/tier-reviews`)
      .set(await ledger.as('relationship-manager', 'rm-zhou'))
      .send({ rationale: 'annual review', ...(proposedTier === undefined ? {} : { proposedTier }) })
      .expect(201);
    return { reviewId: response.body.reviewId as string, position: response.body.position as string };
  }

  const vote = async (customerId: string, reviewId: string, member: string, body: object) =>
    ledger
      .http()
      .post(`/customers/${customerId}/tier-reviews/${reviewId}/votes`)
      .set(await ledger.as('committee-member', member))
      .send(body)
      .expect(201);

  it('traces every decision — approved with an override by two votes, and rejected — to its event, with the open queue and its votes', async () => {
    const customerId = await corporateCustomer('rm-zhou');
    const { reviewId: approvedReview } = await openReview(customerId, 'STRATEGIC');
    const committee = await ledger.as('committee-member', 'committee-chen');
    const override = { vote: 'approve', tier: 'STRATEGIC', reason: 'group parent is a state enterprise' };
    await vote(customerId, approvedReview, 'committee-chen', override);
    await vote(customerId, approvedReview, 'committee-zhao', override);
    const { reviewId: rejectedReview } = await openReview(customerId);
    const firstNo = await vote(customerId, rejectedReview, 'committee-chen', {
      vote: 'reject',
      reason: 'no change this year',
    });
    const openQueue = await ledger
      .http()
      .get(`/tier-reviews?status=open&customerId=${customerId}&minPosition=${firstNo.body.position}`)
      .set(committee)
      .expect(200);
    expect(openQueue.body.items).toEqual([
      expect.objectContaining({
        reviewId: rejectedReview,
        status: 'open',
        computedTier: 'KEY',
        requestedBy: 'rm-zhou',
        votes: [
          {
            memberId: 'committee-chen',
            vote: 'reject',
            tier: null,
            reason: 'no change this year',
            castAt: expect.any(String),
          },
        ],
      }),
    ]);
    const rejected = await vote(customerId, rejectedReview, 'committee-zhao', {
      vote: 'reject',
      reason: 'contribution flat',
    });

    const trail = await ledger
      .http()
      .get(`/tier-audits?customerId=${customerId}&minPosition=${rejected.body.position}`)
      .set(await ledger.as('auditor'))
      .expect(200);
    expect(trail.body).toMatchObject({ page: 1, total: 2 });
    expect(trail.body.items[0]).toMatchObject({
      customerId,
      reviewId: approvedReview,
      status: 'approved',
      outcome: 'reassessed',
      proposedTier: 'STRATEGIC',
      decisionReason: 'group parent is a state enterprise',
      fromTier: 'STANDARD',
      toTier: 'STRATEGIC',
      direction: 'upgrade',
      computedTier: 'KEY',
      override: true,
      overrideReason: 'group parent is a state enterprise',
      committee: ['committee-chen', 'committee-zhao'],
      requestedBy: 'rm-zhou',
      decidedBy: 'committee-zhao',
      eventId: expect.any(String),
      position: expect.any(String),
    });
    expect(trail.body.items[1]).toMatchObject({
      reviewId: rejectedReview,
      status: 'rejected',
      outcome: 'rejected',
      committee: ['committee-chen', 'committee-zhao'],
    });
    // The same reviews on /tier-reviews read the same names and values (ADR 0033).
    const reviews = await ledger
      .http()
      .get(`/tier-reviews?customerId=${customerId}`)
      .set(committee)
      .expect(200);
    for (const entry of trail.body.items) {
      const review = reviews.body.items.find(
        (item: { reviewId: string }) => item.reviewId === entry.reviewId,
      );
      for (const field of [
        'status',
        'outcome',
        'proposedTier',
        'toTier',
        'decidedBy',
        'decisionReason',
        'effectiveAt',
      ])
        expect({ field, value: review[field] }).toEqual({ field, value: entry[field] });
      expect(entry).not.toHaveProperty('reason');
      expect(review).not.toHaveProperty('decidedTier');
    }

    const history = await ledger
      .http()
      .get(`/customers/${customerId}/history`)
      .set(await ledger.as('auditor'))
      .expect(200);
    const decision = history.body.items.find((event: { type: string }) => event.type === 'TierReassessed');
    expect(trail.body.items[0]).toMatchObject({ eventId: decision.eventId, position: decision.position });

    const closed = await ledger
      .http()
      .get(`/tier-reviews?status=approved&customerId=${customerId}`)
      .set(committee)
      .expect(200);
    expect(closed.body.items[0]).toMatchObject({ reviewId: approvedReview, decidedBy: 'committee-zhao' });
    expect(closed.body.items[0].votes.map((cast: { memberId: string }) => cast.memberId)).toEqual([
      'committee-chen',
      'committee-zhao',
    ]);

    const byMember = await ledger
      .http()
      .get(`/tier-audits?committeeMember=committee-zhao&direction=upgrade&customerId=${customerId}`)
      .set(committee)
      .expect(200);
    expect(byMember.body.total).toBe(1);
    await ledger.http().get('/tier-audits?direction=sideways').set(committee).expect(400);
  });

  it('expires a review without a quorum: the sweep records TierReviewExpired as the system, votes are then refused', async () => {
    const customerId = await corporateCustomer('rm-zhou');
    const { reviewId } = await openReview(customerId);
    const approval = await vote(customerId, reviewId, 'committee-chen', { vote: 'approve', reason: 'fine' });
    const committee = await ledger.as('committee-member', 'committee-chen');
    await ledger
      .http()
      .get(`/tier-reviews?status=open&customerId=${customerId}&minPosition=${approval.body.position}`)
      .set(committee)
      .expect(200);
    // The sweep's clock a day past the default 30 days; the decider checks it on the stream.
    const clock = ledger.app.get<symbol, Clock>(CLOCK);
    const now = jest.spyOn(clock, 'now').mockReturnValue(new Date(Date.now() + 31 * 86_400_000));
    try {
      const expired = await ledger.app.get(ReviewExpirySweep).sweep();
      expect(expired).toContainEqual({ customerId, reviewId });
    } finally {
      now.mockRestore();
    }
    const history = await ledger
      .http()
      .get(`/customers/${customerId}/history`)
      .set(await ledger.as('auditor'))
      .expect(200);
    const last = history.body.items.at(-1);
    expect(last).toMatchObject({
      type: 'TierReviewExpired',
      data: { reviewId, approvals: 1, rejections: 0 },
    });
    expect(last.metadata.actor).toEqual({ id: 'system', role: 'system' });
    const late = await ledger
      .http()
      .post(`/customers/${customerId}/tier-reviews/${reviewId}/votes`)
      .set(await ledger.as('committee-member', 'committee-zhao'))
      .send({ vote: 'approve', reason: 'late' })
      .expect(409);
    expect(late.body.code).toBe('TIER_REVIEW_ALREADY_DECIDED');
    const reviews = await ledger
      .http()
      .get(`/tier-reviews?status=expired&customerId=${customerId}&minPosition=${last.position}`)
      .set(committee)
      .expect(200);
    expect(reviews.body.items).toEqual([
      expect.objectContaining({
        reviewId,
        status: 'expired',
        outcome: null,
        toTier: 'STANDARD',
        votes: [expect.any(Object)],
      }),
    ]);
  });

  it("lists a relationship manager's due contacts for the day, a maturity first", async () => {
    const customerId = randomUUID();
    const rm = await ledger.as('relationship-manager', 'rm-lin');
    await onboard(ledger, rm, {
      customerId,
      name: '林小梅',
      idNumber: '350102199505051234',
      phone: '+8613500000000',
      branchId: 'branch-fz',
      relationshipManagerId: 'rm-lin',
      onboardedAt: '2026-01-02T09:00:00Z',
    });
    const holding = await ledger
      .http()
      .post(`/customers/${customerId}/holdings`)
      .set(rm)
      .send({
        productCode: 'TD-6M',
        productType: 'time-deposit',
        principal: { amount: '200000.00', currency: 'CNY' },
        openedAt: '2026-06-10T09:00:00Z',
        maturityDate: '2026-12-10',
      })
      .expect(201);
    const worklist = await ledger
      .http()
      .get(`/worklist?date=2026-12-09&minPosition=${holding.body.position}`)
      .set(rm)
      .expect(200);
    expect(worklist.body).toMatchObject({ relationshipManagerId: 'rm-lin', date: '2026-12-09' });
    expect(worklist.body.items[0]).toMatchObject({
      customerId,
      priority: 1,
      reason: 'maturity',
      relationshipManagerId: 'rm-lin',
    });
    const otherDay = await ledger
      .http()
      .get('/worklist?relationshipManagerId=rm-lin&date=2026-06-01')
      .set(await ledger.as('call-center'))
      .expect(200);
    // No maturity call in June; the routine call its 200,000 of holdings make due every 30 days is (issue 22).
    expect(
      otherDay.body.items.filter((item: { customerId: string }) => item.customerId === customerId),
    ).toEqual([expect.objectContaining({ reason: 'cadence', dueDate: '2026-02-01' })]);
  });
});
