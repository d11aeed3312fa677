import { DEFAULT_POLICIES } from '@ledger/domain';
import { foldEvents } from '../shared/test/fold-events';
import { customer360AsOf } from './as-of';
import { CUSTOMERS, type Customer360Document } from './customer-360.document';
import { customer360Projection } from './customer-360.projection';
import { present } from './present';
import { DecidedLedger } from '../shared/test/decided-ledger';
import { ANNA, at, threeCustomers } from './test/scenario';

const ledger = threeCustomers();
const annaEvents = ledger.events.filter((event) => event.stream === `customer-${ANNA}`);
const live = foldEvents(customer360Projection(DEFAULT_POLICIES), ledger.events)[CUSTOMERS]![
  ANNA
] as Customer360Document;

describe('customer360AsOf', () => {
  it('equals the live view when asOf is after the last event', () => {
    const now = at('2026-06-01');
    expect(customer360AsOf(annaEvents, { asOf: at('2026-05-01') }, DEFAULT_POLICIES, now)).toEqual(
      present(live, now, DEFAULT_POLICIES),
    );
  });

  it('shows the state before a change that was recorded later', () => {
    const beforeCommittee = customer360AsOf(annaEvents, { asOf: at('2026-03-02') }, DEFAULT_POLICIES);
    expect(beforeCommittee).toMatchObject({ tier: 'WEALTH', tierSince: at('2026-01-06', '18:00') });
    expect(beforeCommittee?.tierHistory).toHaveLength(1);
    const beforeReassignment = customer360AsOf(annaEvents, { asOf: at('2026-02-09') }, DEFAULT_POLICIES);
    expect(beforeReassignment).toMatchObject({ relationshipManagerId: 'rm-li', revision: 5 });
  });

  it('includes an event recorded exactly at asOf', () => {
    expect(
      customer360AsOf(annaEvents, { asOf: at('2026-02-10') }, DEFAULT_POLICIES)?.relationshipManagerId,
    ).toBe('rm-wang');
  });

  it('judges time-dependent fields at asOf unless told otherwise', () => {
    const asOf = at('2026-03-02');
    expect(customer360AsOf(annaEvents, { asOf }, DEFAULT_POLICIES)?.lifecycle).toBe('NEW');
    expect(customer360AsOf(annaEvents, { asOf }, DEFAULT_POLICIES, at('2026-04-06'))?.lifecycle).toBe(
      'GROWING',
    );
    const birthday = expect.objectContaining({ kind: 'contact-due', reason: 'birthday' });
    expect(customer360AsOf(annaEvents, { asOf }, DEFAULT_POLICIES)?.alerts).not.toContainEqual(birthday);
    expect(customer360AsOf(annaEvents, { asOf }, DEFAULT_POLICIES, at('2026-03-06'))?.alerts).toContainEqual(
      birthday,
    );
  });

  it('is null before the customer was onboarded', () => {
    expect(customer360AsOf(annaEvents, { asOf: at('2026-01-05', '08:59') }, DEFAULT_POLICIES)).toBeNull();
    expect(customer360AsOf([], { asOf: at('2030-01-01') }, DEFAULT_POLICIES)).toBeNull();
  });

  describe('business time (asOf) and recorded time (knownAt)', () => {
    // Onboarded 2025-09-06 and a call on 2026-02-01, both recorded on 2026-12-07 (a migration
    // or the demo loading its history): the call is a back-dated fact.
    const late = new DecidedLedger();
    late.run('OnboardCustomer', 'cust-dai', at('2026-12-07'), {
      segment: 'retail',
      name: '客户 dai',
      idNumber: '110101199003071234',
      phone: '+8613800138000',
      branchId: 'branch-sh-01',
      relationshipManagerId: 'rm-li',
      onboardedAt: at('2025-09-06'),
    });
    late.run('LogContact', 'cust-dai', at('2026-12-07', '10:00'), {
      contactId: 'call-late',
      channel: 'phone',
      purpose: 'review',
      outcome: 'reached',
      relationshipManagerId: 'rm-li',
      occurredAt: at('2026-02-01'),
    });

    it('asOf cuts on business time: the customer existed on 2026-01-01 though recorded later', () => {
      const view = customer360AsOf(late.events, { asOf: '2026-01-01T00:00:00Z' }, DEFAULT_POLICIES);
      expect(view).toMatchObject({ customerId: 'cust-dai', lastContactAt: null });
      expect(customer360AsOf(late.events, { asOf: at('2026-03-01') }, DEFAULT_POLICIES)?.lastContactAt).toBe(
        at('2026-02-01'),
      );
    });

    it('knownAt cuts on recorded time: the ledger knew nothing of the customer on 2026-01-01', () => {
      expect(customer360AsOf(late.events, { knownAt: '2026-01-01T00:00:00Z' }, DEFAULT_POLICIES)).toBeNull();
    });

    it('both together tell the back-dated call apart', () => {
      const knownBeforeTheCall = { asOf: at('2026-03-01'), knownAt: at('2026-12-07', '09:30') };
      expect(customer360AsOf(late.events, knownBeforeTheCall, DEFAULT_POLICIES)?.lastContactAt).toBeNull();
      const knownAfter = { asOf: at('2026-03-01'), knownAt: at('2026-12-07', '10:00') };
      expect(customer360AsOf(late.events, knownAfter, DEFAULT_POLICIES)?.lastContactAt).toBe(
        at('2026-02-01'),
      );
    });
  });
});
