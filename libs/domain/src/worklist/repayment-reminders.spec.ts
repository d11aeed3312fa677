import { consentWithdrawn, CUSTOMER_ID, HOLDING_ID, onboarded, RM, subscribed } from '../../test/fixtures';
import type { CustomerEvent } from '../events';
import { DEFAULT_POLICIES } from '../policies/domain-policies';
import type { Customer } from '../state/customer-state';
import { evolveAll } from '../state/evolve';
import { contactAt } from './care-calendar.fixtures';
import { dueContacts } from './due-contacts';

const loan = subscribed({
  productCode: 'LOAN-HOME',
  productType: 'loan',
  openedAt: '2026-06-01T09:00:00.000Z',
});
const due = (dueDate: string): CustomerEvent => ({
  type: 'RepaymentDueScheduled',
  schemaVersion: 1,
  data: { customerId: CUSTOMER_ID, holdingId: HOLDING_ID, dueDate, scheduledAt: '2026-11-20T09:00:00.000Z' },
});
const repayments = (date: string, ...events: CustomerEvent[]) =>
  dueContacts(evolveAll([onboarded(), loan, ...events]) as Customer, date, DEFAULT_POLICIES).filter(
    (item) => item.reason === 'repayment',
  );
const reminder = (dueDate: string) => ({
  customerId: CUSTOMER_ID,
  relationshipManagerId: RM.id,
  priority: 1,
  reason: 'repayment',
  dueDate,
  escalateToBranchHead: false,
  holdingId: HOLDING_ID,
});

describe('repayment reminders (seed 001 P1, the day before; ADR 0026)', () => {
  it('given a due date, the P1 call is due the day before, not two days before, and lapses after the day', () => {
    expect(repayments('2026-12-13', due('2026-12-15'))).toEqual([]);
    expect(repayments('2026-12-14', due('2026-12-15'))).toEqual([reminder('2026-12-14')]);
    expect(repayments('2026-12-15', due('2026-12-15'))).toEqual([reminder('2026-12-14')]);
    expect(repayments('2026-12-16', due('2026-12-15'))).toEqual([]);
  });

  it('a contact naming the holding on or after the reminder day answers it; one the day before does not', () => {
    const dueDay = due('2026-12-15');
    expect(
      repayments('2026-12-14', dueDay, contactAt('2026-12-14T10:00:00.000Z', 'repayment', HOLDING_ID)),
    ).toEqual([]);
    expect(
      repayments('2026-12-14', dueDay, contactAt('2026-12-13T10:00:00.000Z', 'repayment', HOLDING_ID)),
    ).toEqual([reminder('2026-12-14')]);
    expect(repayments('2026-12-14', dueDay, contactAt('2026-12-14T10:00:00.000Z', 'greeting'))).toEqual([
      reminder('2026-12-14'),
    ]);
  });

  it('is a service call: due without marketing consent', () => {
    expect(repayments('2026-12-14', due('2026-12-15'), consentWithdrawn('marketing'))).toEqual([
      reminder('2026-12-14'),
    ]);
  });

  it('the next due date replaces the one before', () => {
    const next = [due('2026-12-15'), due('2027-01-15')];
    expect(repayments('2026-12-14', ...next)).toEqual([]);
    expect(repayments('2027-01-14', ...next)).toEqual([reminder('2027-01-14')]);
  });

  it('the lead time is the policy’s', () => {
    const policies = { ...DEFAULT_POLICIES, repaymentReminder: { policyVersion: 'r/x', daysBefore: 3 } };
    const customer = evolveAll([onboarded(), loan, due('2026-12-15')]) as Customer;
    const items = (date: string) =>
      dueContacts(customer, date, policies).filter((i) => i.reason === 'repayment');
    expect(items('2026-12-11')).toEqual([]);
    expect(items('2026-12-12')).toEqual([reminder('2026-12-12')]);
  });

  it('a holding without a due date raises none', () => {
    expect(repayments('2026-12-14')).toEqual([]);
  });
});
