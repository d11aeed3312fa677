import { money } from '@ledger/domain';
import { CHEN, DecidedLedger, ZHAO } from '../../shared/test/decided-ledger';

const yuan = (amount: number) => money(amount * 100);
const day = (date: string, time = '09:00') => `${date}T${time}:00.000Z`;

/**
 * Five customers over 2026-Q1 (A, B, C retail from January, D corporate from January, E retail from
 * February), with hand-computed KPIs in kpi-history.spec.ts. Times are 09:00 UTC unless stated.
 */
export function quarterScenario(): DecidedLedger {
  const ledger = new DecidedLedger();
  const onboard = (id: string, date: string, segment: 'retail' | 'corporate' = 'retail') =>
    ledger.run('OnboardCustomer', id, day(date), {
      segment,
      name: `客户${id}`,
      idNumber: `11010119900307${id.charCodeAt(0)}`,
      phone: '+8613800138000',
      branchId: 'branch-shanghai-01',
      relationshipManagerId: 'rm-li',
    });
  const revalue = (id: string, date: string, amount: number) =>
    ledger.run('RevalueAssets', id, day(date), { totalFinancialAssets: yuan(amount) });
  // Funds and wealth are sold only after a valid risk assessment (suitability): one per customer.
  const assessed = new Set<string>();
  const subscribe = (
    id: string,
    holdingId: string,
    date: string,
    productType: 'fund' | 'wealth' | 'time-deposit',
    maturityDate?: string,
  ) => {
    if (productType !== 'time-deposit' && !assessed.has(id)) {
      assessed.add(id);
      ledger.run('AssessRiskProfile', id, day(date), {
        level: 'C3',
        score: 60,
        questionnaireVersion: 'RQ-1',
      });
    }
    return ledger.run('SubscribeProduct', id, day(date), {
      holdingId,
      productCode: `${productType.toUpperCase()}-1`,
      productType,
      principal: yuan(50_000),
      ...(maturityDate !== undefined && { maturityDate }),
    });
  };
  const contact = (
    id: string,
    contactId: string,
    date: string,
    channel: 'phone' | 'visit' | 'wechat',
    priority: 1 | 2 | 3,
  ) =>
    ledger.run('LogContact', id, day(date), {
      contactId,
      channel,
      purpose: 'p',
      outcome: 'o',
      relationshipManagerId: 'rm-li',
      priority,
    });
  const request = (id: string, requestId: string, opened: string, responded: string, resolved: string) => {
    ledger.run('OpenServiceRequest', id, opened, {
      requestId,
      kind: 'inquiry',
      channel: 'phone',
      description: 'd',
    });
    ledger.run('ResolveServiceRequest', id, resolved, { requestId, resolution: 'r', respondedAt: responded });
  };

  // January: A, B, C, D join; A and C move up by assets.
  onboard('A', '2026-01-05');
  onboard('B', '2026-01-08');
  subscribe('B', 'TD-B', '2026-01-09', 'time-deposit', '2026-02-09');
  revalue('B', '2026-01-09', 80_000);
  revalue('A', '2026-01-10', 150_000); // MASS → WEALTH
  request('A', 'SR1', day('2026-01-11'), day('2026-01-11', '10:00'), day('2026-01-11', '15:00'));
  subscribe('A', 'F-A', '2026-01-12', 'fund');
  contact('A', 'C1', '2026-01-13', 'phone', 3);
  onboard('D', '2026-01-15', 'corporate');
  onboard('C', '2026-01-20');
  subscribe('C', 'W-C', '2026-01-21', 'wealth', '2026-02-21');
  revalue('C', '2026-01-22', 6_000_000); // MASS → PRIVATE
  contact('C', 'C2', '2026-01-22', 'wechat', 1);

  // February: E joins; D goes STANDARD → STRATEGIC by committee; two maturities, one rolled over.
  ledger.run('RecordContribution', 'D', day('2026-01-31'), {
    year: 2025,
    contribution: yuan(12_000_000),
    departmentsEngaged: 3,
    growthRate: 0.2,
  });
  ledger.run('OpenTierReview', 'D', day('2026-02-01'), { reviewId: 'R-D', rationale: '10 points' });
  request('B', 'SR2', day('2026-02-02'), day('2026-02-02', '12:00'), day('2026-02-02', '18:00'));
  onboard('E', '2026-02-03');
  subscribe('E', 'F-E', '2026-02-04', 'fund');
  request('C', 'SR3', day('2026-02-05'), day('2026-02-05', '09:30'), day('2026-02-07'));
  contact('B', 'C3', '2026-02-08', 'visit', 1);
  subscribe('B', 'TD-B2', '2026-02-09', 'time-deposit', '2027-02-09');
  ledger.run('RecordMaturity', 'B', day('2026-02-09'), {
    holdingId: 'TD-B',
    proceeds: yuan(50_500),
    rolledOverInto: 'TD-B2',
  });
  // Two members vote alike: the quorum of the default policy closes the review.
  const vote = (
    customer: string,
    reviewId: string,
    at: string,
    choice: 'approve' | 'reject',
    reason: string,
  ) => {
    for (const member of [ZHAO, CHEN])
      ledger.run('CastTierReviewVote', customer, day(at), { reviewId, vote: choice, reason }, member);
  };
  vote('D', 'R-D', '2026-02-10', 'approve', 'ok');
  revalue('D', '2026-02-11', 2_000_000);
  ledger.run('RecordMaturity', 'C', day('2026-02-21'), { holdingId: 'W-C', proceeds: yuan(51_000) });

  // March: C moves down, a retail review is rejected, D and E leave; SR4 is resolved in April.
  revalue('C', '2026-03-02', 3_000_000); // PRIVATE → WEALTH
  contact('A', 'C4', '2026-03-05', 'phone', 2);
  ledger.run('OpenTierReview', 'B', day('2026-03-06'), {
    reviewId: 'R-B',
    proposedTier: 'WEALTH',
    rationale: 'loyal',
  });
  vote('B', 'R-B', '2026-03-10', 'reject', 'assets');
  ledger.run('OffboardCustomer', 'D', day('2026-03-15'), { reason: 'moved bank' });
  ledger.run('OffboardCustomer', 'E', day('2026-03-20'), { reason: 'closed account' });
  request('A', 'SR4', day('2026-03-31', '20:00'), day('2026-03-31', '21:00'), day('2026-04-01', '08:00'));
  return ledger;
}
