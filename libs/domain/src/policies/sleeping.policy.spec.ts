import { onboarded, revalued, subscribed } from '../../test/fixtures';
import type { CustomerEvent } from '../events';
import type { Customer } from '../state/customer-state';
import { evolveAll } from '../state/evolve';
import { DEFAULT_POLICIES } from './domain-policies';
import { flagsAt } from './mining-flags';

const given = (...events: CustomerEvent[]) => evolveAll([onboarded(), ...events]) as Customer;
const sleeping = (customer: Customer, now: string) =>
  flagsAt(customer, now, DEFAULT_POLICIES).find((judgment) => judgment.flag === 'sleeping');

const SUBSCRIBED_AT = '2026-02-01T09:00:00.000Z';
// 180 days after the subscription, to the millisecond.
const ASLEEP_FROM = '2026-07-31T09:00:00.000Z';

describe('sleeping (seed 003: no balance change and no subscription for 180 days)', () => {
  it('is asleep 180 days after the last subscription, not a millisecond earlier', () => {
    const customer = given(subscribed({ openedAt: SUBSCRIBED_AT }));
    expect(sleeping(customer, '2026-07-31T08:59:59.999Z')).toBeUndefined();
    expect(sleeping(customer, ASLEEP_FROM)).toEqual({
      flag: 'sleeping',
      since: ASLEEP_FROM,
      rule: 'sleeping/v1/inactive',
      inputs: { lastActivityAt: SUBSCRIBED_AT, inactiveDays: 180 },
    });
  });

  it('counts from onboarding when nothing happened since', () => {
    const customer = given();
    expect(sleeping(customer, '2026-07-04T09:00:00.000Z')?.since).toBe('2026-07-04T09:00:00.000Z');
    expect(sleeping(customer, '2026-07-04T08:59:59.999Z')).toBeUndefined();
  });

  it('a balance change wakes the customer, a valuation that changes nothing does not', () => {
    const unchanged = given(
      subscribed({ openedAt: SUBSCRIBED_AT }),
      revalued(250_000, 0, '2026-02-02T00:00:00.000Z'),
      revalued(250_000, 250_000, '2026-05-01T00:00:00.000Z'),
    );
    expect(sleeping(unchanged, ASLEEP_FROM)).toBeDefined();
    const changed = given(
      subscribed({ openedAt: SUBSCRIBED_AT }),
      revalued(250_000, 0, '2026-02-02T00:00:00.000Z'),
      revalued(260_000, 250_000, '2026-05-01T00:00:00.000Z'),
    );
    expect(sleeping(changed, ASLEEP_FROM)).toBeUndefined();
    expect(sleeping(changed, '2026-10-28T00:00:00.000Z')?.inputs['lastActivityAt']).toBe(
      '2026-05-01T00:00:00.000Z',
    );
  });

  it('a maturity does not wake the customer (it does for dormancy)', () => {
    const matured: CustomerEvent = {
      type: 'ProductMatured',
      schemaVersion: 1,
      data: {
        customerId: onboarded().data.customerId,
        holdingId: subscribed().data.holdingId,
        maturedAt: '2026-07-01T00:00:00.000Z',
        proceeds: { amountMinor: 250_000_00, currency: 'CNY' },
      },
    };
    expect(sleeping(given(subscribed({ openedAt: SUBSCRIBED_AT }), matured), ASLEEP_FROM)).toBeDefined();
  });

  it('the threshold is the policy’s', () => {
    const customer = given(subscribed({ openedAt: SUBSCRIBED_AT }));
    const policies = { ...DEFAULT_POLICIES, sleeping: { policyVersion: 'sleeping/x', inactiveDays: 30 } };
    expect(flagsAt(customer, '2026-03-03T09:00:00.000Z', policies).map((f) => f.flag)).toContain('sleeping');
    expect(flagsAt(customer, '2026-03-03T08:59:59.999Z', policies).map((f) => f.flag)).not.toContain(
      'sleeping',
    );
  });
});
