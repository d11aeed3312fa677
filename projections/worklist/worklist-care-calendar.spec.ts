import { addDays, DEFAULT_POLICIES, dueContacts, evolveAll, type Customer, money } from '@ledger/domain';
import { customerEventOf } from '../shared/customer-event';
import { DecidedLedger, RM_LI } from '../shared/test/decided-ledger';
import { foldEvents, readStoreWith } from '../shared/test/fold-events';
import { getWorklist } from './get-worklist.query';
import { worklistProjection } from './worklist.projection';

const at = (date: string, time = '09:00') => `${date}T${time}:00.000Z`;

/** A PRIVATE customer with a loan whose repayments fall due, a gift delivered, a loan call made. */
function book(): DecidedLedger {
  const ledger = new DecidedLedger();
  ledger.run('OnboardCustomer', 'vip', at('2026-11-02'), {
    segment: 'retail',
    name: 'vip',
    idNumber: '110101199003071234',
    phone: '+8613800138000',
    branchId: 'b1',
    relationshipManagerId: RM_LI.id,
    consent: { marketing: true },
  });
  ledger.run('RevalueAssets', 'vip', at('2026-11-02'), { totalFinancialAssets: money(6_000_000_00) });
  ledger.run('SubscribeProduct', 'vip', at('2026-11-03'), {
    holdingId: 'LN-1',
    productCode: 'LOAN-HOME',
    productType: 'loan',
    principal: money(800_000_00),
  });
  ledger.run('ScheduleRepaymentDue', 'vip', at('2026-11-03'), { holdingId: 'LN-1', dueDate: '2026-11-15' });
  const contact = (date: string, purpose: string, holdingId?: string) =>
    ledger.run('LogContact', 'vip', at(date, '15:00'), {
      contactId: `${date}-${purpose}`,
      channel: 'visit',
      purpose,
      ...(holdingId !== undefined && { holdingId }),
      outcome: 'reached',
      relationshipManagerId: RM_LI.id,
    });
  contact('2026-11-13', 'vip-gift');
  contact('2026-11-14', 'repayment', 'LN-1');
  ledger.run('ScheduleRepaymentDue', 'vip', at('2026-11-16'), { holdingId: 'LN-1', dueDate: '2026-12-15' });
  return ledger;
}

describe('the worklist’s repayment and gift keys (ADR 0026)', () => {
  it('never miss a call: every day for two months the worklist equals dueContacts', async () => {
    const { events } = book();
    const store = await readStoreWith(foldEvents(worklistProjection(DEFAULT_POLICIES), events));
    const state = evolveAll(events.map((event) => customerEventOf(event)!)) as Customer;
    const reasons = new Set<string>();
    for (let day = 0; day < 60; day++) {
      const date = addDays('2026-11-04', day);
      const expected = dueContacts(state, date, DEFAULT_POLICIES).map(
        (due) => `${due.reason} ${due.dueDate}`,
      );
      const { items } = await getWorklist(store, { relationshipManagerId: RM_LI.id, date }, DEFAULT_POLICIES);
      expect([date, items.map((item) => `${item.reason} ${item.dueDate}`).sort()]).toEqual([
        date,
        expected.sort(),
      ]);
      for (const item of items) reasons.add(item.reason);
    }
    expect([...reasons].sort()).toEqual(['cadence', 'repayment', 'vip-gift']);
    await store.close();
  });
});
