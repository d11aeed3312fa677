import { money } from '@ledger/domain';
import { DecidedLedger, RM_LI } from '../../shared/test/decided-ledger';

export const ANNA = 'cust-anna';
export const BEN = 'cust-ben';
export const CAI = 'cust-cai';
export const DAN = 'cust-dan';
export const EVA = 'cust-eva';

const yuan = (amount: number) => money(amount * 100);
export const at = (date: string, time = '09:00') => `${date}T${time}:00.000Z`;

/**
 * rm-li's book. Anna: 300,000 then 600,000 (every 14 days), a large movement, a deposit maturing
 * 2026-04-10, born 7 March. Ben: 250,000 (every 30 days; a first valuation, so no movement), never
 * called, moves to rm-wang on 2026-02-15.
 * Anna's calls on 9 April: a routine one at noon, then one about the deposit at 15:00.
 * Cai: born 29 February, no cadence. Dan: 3,000,000 (every 7 days), born 2 January, leaves on
 * 2026-03-01. Eva: born 31 December, no cadence.
 */
export function rmBook(): DecidedLedger {
  const ledger = new DecidedLedger();
  const onboard = (id: string, date: string, birthDate: string | undefined) =>
    ledger.run('OnboardCustomer', id, at(date), {
      segment: 'retail',
      name: id,
      idNumber: '110101199003071234',
      phone: '+8613800138000',
      ...(birthDate !== undefined && { birthDate }),
      branchId: 'branch-sh-01',
      relationshipManagerId: RM_LI.id,
      // Consenting, so the P2 care and the offers of the scenario are due (ADR 0024).
      consent: { marketing: true, profiling: true },
    });
  const revalue = (id: string, date: string, amount: number) =>
    ledger.run('RevalueAssets', id, at(date), { totalFinancialAssets: yuan(amount) });
  const contact = (id: string, contactId: string, date: string, time = '09:00', holdingId?: string) =>
    ledger.run('LogContact', id, at(date, time), {
      contactId,
      channel: 'phone',
      purpose: 'follow-up',
      ...(holdingId !== undefined && { holdingId }),
      outcome: 'reached',
      relationshipManagerId: RM_LI.id,
    });

  onboard(CAI, '2024-06-01', '1992-02-29');
  onboard(EVA, '2025-10-01', '1988-12-31');
  onboard(DAN, '2025-11-01', '1985-01-02');
  revalue(DAN, '2025-11-01', 3_000_000);
  onboard(BEN, '2025-12-01', undefined);
  revalue(BEN, '2025-12-01', 250_000);
  contact(DAN, 'dan-1', '2025-12-28');
  onboard(ANNA, '2026-01-05', '1990-03-07');
  ledger.run('SubscribeProduct', ANNA, at('2026-01-05'), {
    holdingId: 'TD-anna',
    productCode: 'TD-3M',
    productType: 'time-deposit',
    principal: yuan(500_000),
    maturityDate: '2026-04-10',
  });
  revalue(ANNA, '2026-01-05', 300_000); // a first valuation: no movement
  revalue(ANNA, '2026-01-06', 600_000);
  contact(ANNA, 'anna-1', '2026-01-07');
  ledger.run('AssignRelationshipManager', BEN, at('2026-02-15'), {
    relationshipManagerId: 'rm-wang',
    reason: 'rm-li is over capacity',
  });
  ledger.run('OffboardCustomer', DAN, at('2026-03-01'), { reason: 'moved bank' });
  contact(ANNA, 'anna-2', '2026-03-05');
  contact(ANNA, 'anna-3', '2026-04-09', '12:00'); // a routine call: the maturity call stays open
  contact(ANNA, 'anna-4', '2026-04-09', '15:00', 'TD-anna');
  return ledger;
}
