import { money } from '@ledger/domain';
import { ADMIN, CHEN, DecidedLedger, RM_LI, ZHAO } from '../../shared/test/decided-ledger';

export const ANNA = 'cust-anna';
export const BAO = 'cust-bao';
export const CAI = 'cust-cai';

export const yuan = (amount: number) => money(amount * 100);
export const at = (date: string, time = '09:00') => `${date}T${time}:00.000Z`;

/**
 * Three customers. Anna (retail) grows from MASS to WEALTH by assets and to PRIVATE by committee,
 * is reassigned, has an open service request and a deposit maturing 2026-04-10. Bao (corporate)
 * leaves in 2026 and is erased after retention. Cai (retail) has done nothing since 2025-01-10.
 */
export function threeCustomers(): DecidedLedger {
  const ledger = new DecidedLedger();
  const onboard = (id: string, date: string, segment: 'retail' | 'corporate', birthDate?: string) =>
    ledger.run('OnboardCustomer', id, at(date), {
      segment,
      name: `客户 ${id}`,
      idNumber: '110101199003071234',
      phone: '+8613800138000',
      ...(birthDate !== undefined && { birthDate }),
      branchId: 'branch-sh-01',
      relationshipManagerId: RM_LI.id,
      // Consenting, so the P2 care and the offers of the scenario are due (ADR 0024).
      consent: { marketing: true, profiling: true },
    });
  const contact = (id: string, contactId: string, date: string, channel: 'phone' | 'wechat' | 'visit') =>
    ledger.run('LogContact', id, at(date), {
      contactId,
      channel,
      purpose: 'review',
      outcome: 'reached',
      relationshipManagerId: RM_LI.id,
    });

  onboard(CAI, '2025-01-10', 'retail');
  onboard(BAO, '2025-06-01', 'corporate');
  ledger.run('RecordContribution', BAO, at('2025-12-31'), {
    year: 2025,
    contribution: yuan(2_000_000),
    departmentsEngaged: 2,
    growthRate: 0.1,
  });

  onboard(ANNA, '2026-01-05', 'retail', '1990-03-07');
  ledger.run('SubscribeProduct', ANNA, at('2026-01-06'), {
    holdingId: 'TD-anna',
    productCode: 'TD-3M',
    productType: 'time-deposit',
    principal: yuan(500_000),
    maturityDate: '2026-04-10',
  });
  ledger.run('RevalueAssets', ANNA, at('2026-01-06', '18:00'), { totalFinancialAssets: yuan(600_000) });
  contact(ANNA, 'call-1', '2026-01-07', 'phone');
  ledger.run('OpenServiceRequest', ANNA, at('2026-01-20'), {
    requestId: 'SR-anna',
    kind: 'complaint',
    channel: 'app',
    description: 'card declined',
  });
  ledger.run('OffboardCustomer', BAO, at('2026-02-01'), { reason: 'moved abroad' });
  ledger.run('RequestPersonalDataErasure', BAO, at('2026-02-02'), { reason: 'customer request' }, ADMIN);
  ledger.run('AssignRelationshipManager', ANNA, at('2026-02-10'), {
    relationshipManagerId: 'rm-wang',
    reason: 'branch rebalancing',
  });
  ledger.run('OpenTierReview', ANNA, at('2026-03-01'), {
    reviewId: 'R-anna',
    proposedTier: 'PRIVATE',
    rationale: 'family office assets elsewhere',
  });
  for (const member of [ZHAO, CHEN])
    ledger.run(
      'CastTierReviewVote',
      ANNA,
      at('2026-03-03'),
      { reviewId: 'R-anna', vote: 'approve', tier: 'PRIVATE', reason: 'whole family banks here' },
      member,
    );
  contact(ANNA, 'call-2', '2026-03-05', 'wechat');
  const requested = ledger.events.find((event) => event.type === 'PersonalDataErasureRequested');
  ledger.run(
    'RecordPersonalDataErased',
    BAO,
    at('2031-02-02'),
    { requestEventId: requested?.eventId ?? '' },
    ADMIN,
  );
  return ledger;
}
