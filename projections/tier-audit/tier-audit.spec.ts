import { foldEvents } from '../shared/test/fold-events';
import { TIER_AUDITS, TIER_REVIEWS, type TierAuditEntry } from './tier-audit.documents';
import { tierAuditProjection } from './tier-audit.projection';
import { ANNA, at, CAI, DONG, tierDecisions } from './test/scenario';

const ledger = tierDecisions();
const folded = foldEvents(tierAuditProjection, ledger.events);
const entries = Object.values(folded[TIER_AUDITS]!) as TierAuditEntry[];
const entryOf = (customerId: string, effectiveAt: string) =>
  entries.find((entry) => entry.customerId === customerId && entry.effectiveAt === effectiveAt)!;
const eventOf = (customerId: string, type: string, index = 0) =>
  ledger.events.filter((event) => event.stream === `customer-${customerId}` && event.type === type)[index]!;
const dongCriteria = {
  scheme: 'corporate',
  year: 2025,
  contribution: { amountMinor: 1_200_000_000, currency: 'CNY' },
  departmentsEngaged: 3,
  growthRate: 0.2,
  specialBackground: 'none',
  points: { contribution: 6, breadth: 2, growth: 2, background: 0, total: 10 },
};

describe('tier-audit fold', () => {
  it('writes one entry per decision, keyed by the event it traces back to', () => {
    const decisions = ledger.events.filter(
      (e) => e.type === 'TierReassessed' || e.type === 'TierReviewRejected',
    );
    expect(entries).toHaveLength(6);
    expect(Object.keys(folded[TIER_AUDITS]!).sort()).toEqual(decisions.map((e) => e.eventId).sort());
    for (const entry of entries) {
      const event = decisions.find((e) => e.eventId === entry._id)!;
      expect({ eventId: entry.eventId, position: entry.position }).toEqual({
        eventId: event.eventId,
        position: event.position,
      });
    }
  });

  it('records an automatic retail change as the system, without a review or committee', () => {
    expect(entryOf(ANNA, at('2026-01-10'))).toEqual({
      _id: eventOf(ANNA, 'TierReassessed').eventId,
      customerId: ANNA,
      reviewId: null,
      outcome: 'reassessed',
      scheme: 'retail',
      fromTier: 'MASS',
      toTier: 'WEALTH',
      direction: 'upgrade',
      computedTier: 'WEALTH',
      proposedTier: null,
      override: false,
      overrideReason: null,
      reason: 'total financial assets moved from the MASS band to the WEALTH band',
      criteria: { scheme: 'retail', totalFinancialAssets: { amountMinor: 60_000_000, currency: 'CNY' } },
      policyVersion: 'retail-tier/v1',
      committee: [],
      requestedBy: null,
      decidedBy: 'system',
      effectiveAt: at('2026-01-10'),
      eventId: eventOf(ANNA, 'TierReassessed').eventId,
      position: eventOf(ANNA, 'TierReassessed').position,
    });
    expect(entryOf(ANNA, at('2026-03-15'))).toMatchObject({
      fromTier: 'PRIVATE',
      toTier: 'MASS',
      direction: 'downgrade',
    });
  });

  it('records a committee override with its reason, computed next to decided', () => {
    expect(entryOf(DONG, at('2026-03-04'))).toMatchObject({
      reviewId: 'R-2',
      outcome: 'reassessed',
      fromTier: 'STANDARD',
      toTier: 'KEY',
      direction: 'upgrade',
      computedTier: 'STRATEGIC',
      override: true,
      overrideReason: 'approve R-2',
      criteria: dongCriteria,
      policyVersion: 'corporate-tier/v1',
      // The approving voters, in the order they voted; the last made the quorum.
      committee: ['committee-zhao', 'committee-chen'],
      requestedBy: 'rm-li',
      decidedBy: 'committee-chen',
    });
  });

  it('records a rejection with the criteria and requester its event carries; the tier stays', () => {
    expect(entryOf(DONG, at('2026-02-12'))).toMatchObject({
      reviewId: 'R-1',
      outcome: 'rejected',
      fromTier: 'STANDARD',
      toTier: 'STANDARD',
      direction: 'unchanged',
      computedTier: 'STRATEGIC',
      proposedTier: 'STRATEGIC',
      override: true, // left at STANDARD against a computed STRATEGIC
      overrideReason: 'reject R-1',
      reason: 'reject R-1',
      criteria: dongCriteria,
      committee: ['committee-qian', 'committee-zhao'],
      requestedBy: 'rm-li',
      decidedBy: 'committee-zhao',
      effectiveAt: at('2026-02-12'),
    });
  });

  it('calls an approval that keeps the tier unchanged', () => {
    expect(entryOf(CAI, at('2026-02-21'))).toMatchObject({
      fromTier: 'MASS',
      toTier: 'MASS',
      direction: 'unchanged',
      override: false,
    });
  });

  it('keeps each review from opening to decision, per customer', () => {
    const reviews = folded[TIER_REVIEWS]!;
    expect(Object.keys(reviews).sort()).toEqual([
      `${ANNA}:R-1`,
      `${CAI}:R-9`,
      `${DONG}:R-1`,
      `${DONG}:R-2`,
      `${DONG}:R-3`,
    ]);
    expect(reviews[`${DONG}:R-3`]).toEqual({
      _id: `${DONG}:R-3`,
      reviewId: 'R-3',
      customerId: DONG,
      status: 'open',
      scheme: 'corporate',
      criteria: dongCriteria,
      computedTier: 'STRATEGIC',
      proposedTier: 'STRATEGIC',
      rationale: 'second look',
      policyVersion: 'corporate-tier/v1',
      requestedBy: 'rm-li',
      openedAt: at('2026-03-20'),
      votes: [],
      decidedBy: null,
      decidedAt: null,
      decidedTier: null,
      decisionReason: null,
    });
    expect(reviews[`${DONG}:R-1`]).toMatchObject({
      status: 'rejected',
      decidedBy: 'committee-zhao',
      decidedTier: 'STANDARD',
      votes: [
        {
          memberId: 'committee-qian',
          vote: 'reject',
          tier: null,
          reason: 'reject R-1',
          castAt: at('2026-02-12'),
        },
        {
          memberId: 'committee-zhao',
          vote: 'reject',
          tier: null,
          reason: 'reject R-1',
          castAt: at('2026-02-12'),
        },
      ],
    });
    expect(reviews[`${ANNA}:R-1`]).toMatchObject({
      status: 'approved',
      decidedAt: at('2026-02-03'),
      decidedTier: 'PRIVATE',
    });
  });

  it('replaying the events twice gives identical documents', () => {
    expect(foldEvents(tierAuditProjection, ledger.events)).toEqual(folded);
  });
});
