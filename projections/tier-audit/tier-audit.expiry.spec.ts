import { SYSTEM_ACTOR } from '@ledger/domain';
import { CHEN, DecidedLedger, RM_LI } from '../shared/test/decided-ledger';
import { foldEvents } from '../shared/test/fold-events';
import { TIER_AUDITS, TIER_REVIEWS } from './tier-audit.documents';
import { tierAuditProjection } from './tier-audit.projection';
import { at } from './test/scenario';

describe('tier-audit fold of an expired review', () => {
  it('shows an expired review with its votes and the tier kept, and writes no audit entry for it', () => {
    const lapsed = new DecidedLedger();
    lapsed.run('OnboardCustomer', 'cust-lapsed', at('2026-01-05'), {
      segment: 'retail',
      name: 'lapsed',
      idNumber: '110101199003071234',
      phone: '+8613800138000',
      branchId: 'branch-sh-01',
      relationshipManagerId: RM_LI.id,
    });
    lapsed.run('OpenTierReview', 'cust-lapsed', at('2026-02-01'), { reviewId: 'R-L', rationale: 'check' });
    lapsed.run(
      'CastTierReviewVote',
      'cust-lapsed',
      at('2026-02-02'),
      { reviewId: 'R-L', vote: 'approve', reason: 'yes' },
      CHEN,
    );
    lapsed.run('ExpireTierReview', 'cust-lapsed', at('2026-03-05'), { reviewId: 'R-L' }, SYSTEM_ACTOR);
    const documents = foldEvents(tierAuditProjection, lapsed.events);
    expect(documents[TIER_AUDITS]).toEqual({});
    expect(documents[TIER_REVIEWS]!['cust-lapsed:R-L']).toMatchObject({
      status: 'expired',
      votes: [{ memberId: CHEN.id, vote: 'approve', tier: 'MASS' }],
      decidedBy: null,
      decidedAt: '2026-03-03T09:00:00.000Z',
      decidedTier: 'MASS',
    });
  });
});
