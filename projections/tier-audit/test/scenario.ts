import { money } from '@ledger/domain';
import type { Actor } from '@ledger/domain';
import { CHEN, DecidedLedger, RM_LI, ZHAO } from '../../shared/test/decided-ledger';

/** A third member, so that a trail filtered by member tells rejections from approvals. */
export const QIAN: Actor = { id: 'committee-qian', role: 'committee-member' };

export const ANNA = 'cust-anna';
export const DONG = 'cust-dong';
export const CAI = 'cust-cai';

const yuan = (amount: number) => money(amount * 100);
export const at = (date: string) => `${date}T09:00:00.000Z`;

/**
 * Anna (retail) moves MASS → WEALTH by assets, WEALTH → PRIVATE by committee override, and back to
 * MASS when her assets fall. Dong (corporate, 10 points: STRATEGIC computed) has a review
 * rejected, one approved at KEY against the computation, and one still open. Cai's review keeps
 * MASS (unchanged).
 */
export function tierDecisions(): DecidedLedger {
  const ledger = new DecidedLedger();
  const onboard = (id: string, date: string, segment: 'retail' | 'corporate') =>
    ledger.run('OnboardCustomer', id, at(date), {
      segment,
      name: id,
      idNumber: '110101199003071234',
      phone: '+8613800138000',
      branchId: 'branch-sh-01',
      relationshipManagerId: RM_LI.id,
    });
  // Two members vote alike, the second closing the review (the default quorum and rejection count).
  const decide = (
    id: string,
    reviewId: string,
    date: string,
    vote: 'approve' | 'reject',
    tier?: 'KEY' | 'PRIVATE' | 'MASS',
  ) => {
    for (const member of vote === 'reject' ? [QIAN, ZHAO] : [ZHAO, CHEN])
      ledger.run(
        'CastTierReviewVote',
        id,
        at(date),
        { reviewId, vote, reason: `${vote} ${reviewId}`, ...(tier !== undefined && { tier }) },
        member,
      );
  };

  onboard(ANNA, '2026-01-05', 'retail');
  ledger.run('RevalueAssets', ANNA, at('2026-01-10'), { totalFinancialAssets: yuan(600_000) });
  ledger.run('OpenTierReview', ANNA, at('2026-02-01'), {
    reviewId: 'R-1',
    proposedTier: 'PRIVATE',
    rationale: 'family',
  });
  decide(ANNA, 'R-1', '2026-02-03', 'approve');

  onboard(DONG, '2026-01-15', 'corporate');
  ledger.run('RecordContribution', DONG, at('2026-01-31'), {
    year: 2025,
    contribution: yuan(12_000_000),
    departmentsEngaged: 3,
    growthRate: 0.2,
  });
  ledger.run('OpenTierReview', DONG, at('2026-02-05'), { reviewId: 'R-1', rationale: 'strong year' });
  decide(DONG, 'R-1', '2026-02-12', 'reject');
  ledger.run('OpenTierReview', DONG, at('2026-03-01'), {
    reviewId: 'R-2',
    proposedTier: 'KEY',
    rationale: 'one-off deal',
  });
  decide(DONG, 'R-2', '2026-03-04', 'approve');
  ledger.run('OpenTierReview', DONG, at('2026-03-20'), { reviewId: 'R-3', rationale: 'second look' });

  onboard(CAI, '2026-02-01', 'retail');
  ledger.run('OpenTierReview', CAI, at('2026-02-20'), { reviewId: 'R-9', rationale: 'check' });
  decide(CAI, 'R-9', '2026-02-21', 'approve', 'MASS');

  ledger.run('RevalueAssets', ANNA, at('2026-03-15'), { totalFinancialAssets: yuan(50_000) });
  return ledger;
}
