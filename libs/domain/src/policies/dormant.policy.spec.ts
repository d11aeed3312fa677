import {
  cny,
  CUSTOMER_ID,
  HOLDING_ID,
  onboarded,
  ONBOARDED_AT,
  revalued,
  RM,
  subscribed,
} from '../../test/fixtures';
import type { CustomerEvent } from '../events';
import type { Customer } from '../state/customer-state';
import { evolveAll } from '../state/evolve';
import { isDormant, lastActivityAt } from './dormant.policy';

const SUBSCRIBED_AT = '2026-02-01T09:00:00.000Z';
const customer = (...later: CustomerEvent[]) =>
  evolveAll([onboarded(), subscribed({ openedAt: SUBSCRIBED_AT }), ...later]) as Customer;
const FAR = '2026-11-24T00:00:00.000Z';

const contactLogged = (occurredAt: string): CustomerEvent => ({
  type: 'ContactLogged',
  schemaVersion: 1,
  data: {
    customerId: CUSTOMER_ID,
    contactId: 'k-1',
    channel: 'visit',
    purpose: 'routine',
    priority: 3,
    outcome: 'reached',
    relationshipManagerId: RM.id,
    occurredAt,
  },
});
const matured = (maturedAt: string): CustomerEvent => ({
  type: 'ProductMatured',
  schemaVersion: 1,
  data: { customerId: CUSTOMER_ID, holdingId: HOLDING_ID, maturedAt, proceeds: cny(10_000) },
});

describe('dormant policy', () => {
  it('counts from the last subscription, maturity or balance change (seed 003: 余额变动)', () => {
    expect(lastActivityAt(customer(), FAR)).toBe(SUBSCRIBED_AT);
    const changed = customer(
      revalued(100, 0, '2026-03-01T00:00:00.000Z'),
      revalued(200, 100, '2026-05-01T00:00:00.000Z'),
    );
    expect(lastActivityAt(changed, FAR)).toBe('2026-05-01T00:00:00.000Z');
  });

  it('counts a maturity', () => {
    expect(lastActivityAt(customer(matured('2026-06-01T00:00:00.000Z')), FAR)).toBe(
      '2026-06-01T00:00:00.000Z',
    );
  });

  it('does not count a valuation that changes nothing, nor the first one, which only records the balance', () => {
    const first = customer(revalued(100, 0, '2026-03-01T00:00:00.000Z'));
    expect(lastActivityAt(first, FAR)).toBe(SUBSCRIBED_AT);
    const unchanged = customer(
      revalued(100, 0, '2026-03-01T00:00:00.000Z'),
      revalued(100, 100, '2026-05-01T00:00:00.000Z'),
    );
    expect(lastActivityAt(unchanged, FAR)).toBe(SUBSCRIBED_AT);
  });

  it('is not woken by a contact from the relationship manager', () => {
    const contacted = customer(contactLogged('2026-07-01T09:00:00.000Z'));
    expect(lastActivityAt(contacted, FAR)).toBe(SUBSCRIBED_AT);
    expect(isDormant(contacted, '2026-08-01T00:00:00.000Z')).toBe(true);
  });

  it('ignores activity after now', () => {
    const changed = customer(
      revalued(100, 0, '2026-03-01T00:00:00.000Z'),
      revalued(300, 100, '2026-05-01T00:00:00.000Z'),
    );
    expect(lastActivityAt(changed, '2026-03-01T00:00:00.000Z')).toBe(SUBSCRIBED_AT);
    expect(lastActivityAt(changed, '2026-01-01T00:00:00.000Z')).toBe(ONBOARDED_AT);
  });

  it('is dormant after exactly 180 days without activity', () => {
    expect(isDormant(customer(), '2026-07-31T08:59:59.999Z')).toBe(false);
    expect(isDormant(customer(), '2026-07-31T09:00:00.000Z')).toBe(true);
  });

  it('wakes up with a balance change', () => {
    const changed = customer(
      revalued(100, 0, '2026-03-01T00:00:00.000Z'),
      revalued(50, 100, '2026-07-01T09:00:00.000Z'),
    );
    expect(isDormant(changed, '2026-08-01T00:00:00.000Z')).toBe(false);
  });

  it('does not call a new customer dormant', () => {
    const fresh = evolveAll([onboarded()]) as Customer;
    expect(lastActivityAt(fresh, '2026-03-01T00:00:00.000Z')).toBe(ONBOARDED_AT);
    expect(isDormant(fresh, '2026-03-01T00:00:00.000Z')).toBe(false);
  });

  it('does not call an offboarded customer dormant', () => {
    expect(isDormant({ ...customer(), status: 'offboarded' }, '2027-11-24T00:00:00.000Z')).toBe(false);
  });
});
