import { type Actor, money } from '@ledger/domain';
import { ADMIN, DecidedLedger } from '../../shared/test/decided-ledger';

const yuan = (amount: number) => money(amount * 100);
const day = (date: string) => `${date}T09:00:00.000Z`;
const manager = (id: string): Actor => ({ id, role: 'relationship-manager' });

/**
 * Three customers over 2026-Q1 in two branches, with hand-computed figures in
 * performance.spec.ts. Branch b-pd: A and B of rm-li (A moves to rm-wang on 03-10); branch b-xh:
 * C of rm-zhou (leaves on 03-20). Cadence (seed defaults): 1,000,000 → 14 days, 300,000 → 30,
 * 80,000 → 60, 2,500,000 → 7.
 */
export function booksScenario(): DecidedLedger {
  const ledger = new DecidedLedger();
  const onboard = (id: string, date: string, branchId: string, rm: string) =>
    ledger.run(
      'OnboardCustomer',
      id,
      day(date),
      {
        segment: 'retail',
        name: `客户${id}`,
        idNumber: `11010119900307${id.charCodeAt(0)}`,
        phone: '+8613800138000',
        branchId,
        relationshipManagerId: rm,
      },
      manager(rm),
    );
  const revalue = (id: string, date: string, amount: number) =>
    ledger.run('RevalueAssets', id, day(date), { totalFinancialAssets: yuan(amount) }, ADMIN);
  const contact = (id: string, contactId: string, date: string) =>
    ledger.run(
      'LogContact',
      id,
      day(date),
      { contactId, channel: 'phone', purpose: 'p', outcome: 'o', relationshipManagerId: 'rm-any' },
      ADMIN,
    );
  const subscribe = (
    id: string,
    holdingId: string,
    date: string,
    productType: 'wealth' | 'time-deposit' | 'credit-card' | 'loan',
    amount: number,
  ) =>
    ledger.run(
      'SubscribeProduct',
      id,
      day(date),
      { holdingId, productCode: `${productType}-1`, productType, principal: yuan(amount) },
      ADMIN,
    );

  onboard('A', '2026-01-05', 'b-pd', 'rm-li');
  revalue('A', '2026-01-05', 300_000); // due 02-04
  onboard('C', '2026-01-08', 'b-xh', 'rm-zhou');
  revalue('C', '2026-01-08', 80_000); // due 03-09
  // A wealth product needs a valid risk assessment (suitability): recorded the same day.
  ledger.run(
    'AssessRiskProfile',
    'A',
    day('2026-01-10'),
    { level: 'C3', score: 60, questionnaireVersion: 'RQ-1' },
    ADMIN,
  );
  subscribe('A', 'W-A', '2026-01-10', 'wealth', 50_000);
  onboard('B', '2026-01-15', 'b-pd', 'rm-li');
  revalue('B', '2026-01-15', 1_000_000); // due 01-29
  contact('A', 'c1', '2026-01-20'); // early: A's due moves to 02-19
  contact('B', 'c2', '2026-01-25'); // early: B's due moves to 02-08
  contact('C', 'c3', '2026-02-01'); // early: C's due moves to 04-02
  subscribe('B', 'TD-B', '2026-02-03', 'time-deposit', 200_000);
  contact('B', 'c4', '2026-02-08'); // on the due day: due, met; next due 02-22
  subscribe('C', 'L-C', '2026-02-10', 'loan', 100_000);
  // A's 02-19 passes without a contact: due, and overdue from 02-20. So does B's 02-22.
  contact('B', 'c5', '2026-03-01'); // late; next due 03-15
  subscribe('B', 'CC-B', '2026-03-05', 'credit-card', 0);
  ledger.run(
    'AssignRelationshipManager',
    'A',
    day('2026-03-10'),
    { relationshipManagerId: 'rm-wang', reason: 'rebalancing books' },
    ADMIN,
  );
  revalue('B', '2026-03-20', 2_500_000); // 03-15 already due: the cycle's due stays
  ledger.run('OffboardCustomer', 'C', day('2026-03-20'), { reason: 'moved away' }, ADMIN);
  return ledger;
}
