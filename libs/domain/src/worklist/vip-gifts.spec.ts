import { consentWithdrawn, CUSTOMER_ID, offboarded, onboarded, RM } from '../../test/fixtures';
import type { CustomerEvent } from '../events';
import { DEFAULT_POLICIES } from '../policies/domain-policies';
import { giftDayOf, VIP_GIFTS_POLICY, weekdayOf } from '../policies/vip-gifts.policy';
import type { Customer } from '../state/customer-state';
import { evolveAll } from '../state/evolve';
import type { Tier } from '../tiers';
import { contactAt } from './care-calendar.fixtures';
import { dueContacts } from './due-contacts';
import { vipGiftCalls } from './vip-gifts';

// 2026-12-11 is a Friday, the default gift day.
const privateCustomer = (...events: CustomerEvent[]) =>
  evolveAll([onboarded({ tier: 'PRIVATE' }), ...events]) as Customer;
const gift = (dueDate: string) => ({
  customerId: CUSTOMER_ID,
  relationshipManagerId: RM.id,
  priority: 2,
  reason: 'vip-gift',
  dueDate,
  escalateToBranchHead: false,
});

describe('the gift day', () => {
  it('knows the weekday of a date and the gift day of its week', () => {
    expect(weekdayOf('2026-12-11')).toBe('friday');
    expect(weekdayOf('2026-12-07')).toBe('monday');
    expect(giftDayOf('2026-12-11', 'friday')).toBe('2026-12-11');
    expect(giftDayOf('2026-12-17', 'friday')).toBe('2026-12-11');
    expect(giftDayOf('2026-12-10', 'friday')).toBe('2026-12-04');
    expect(giftDayOf('2026-12-07', 'monday')).toBe('2026-12-07');
  });
});

describe('weekly VIP gifts (seed 001 P2: 每周集中一次; ADR 0026)', () => {
  it('given a PRIVATE customer, one gift call a week, due on the policy’s weekday', () => {
    expect(vipGiftCalls(privateCustomer(), '2026-12-10', VIP_GIFTS_POLICY)).toEqual([gift('2026-12-04')]);
    expect(vipGiftCalls(privateCustomer(), '2026-12-11', VIP_GIFTS_POLICY)).toEqual([gift('2026-12-11')]);
    expect(vipGiftCalls(privateCustomer(), '2026-12-17', VIP_GIFTS_POLICY)).toEqual([gift('2026-12-11')]);
    expect(dueContacts(privateCustomer(), '2026-12-11', DEFAULT_POLICIES)).toContainEqual(gift('2026-12-11'));
  });

  it('a gift contact on or after the gift day lapses the week’s call; the next week brings a new one', () => {
    const delivered = privateCustomer(contactAt('2026-12-11T15:00:00.000Z', 'vip-gift'));
    expect(vipGiftCalls(delivered, '2026-12-11', VIP_GIFTS_POLICY)).toEqual([]);
    expect(vipGiftCalls(delivered, '2026-12-17', VIP_GIFTS_POLICY)).toEqual([]);
    expect(vipGiftCalls(delivered, '2026-12-18', VIP_GIFTS_POLICY)).toEqual([gift('2026-12-18')]);
  });

  it('a gift delivered the day before the gift day answers the week before, not this one', () => {
    const early = privateCustomer(contactAt('2026-12-10T15:00:00.000Z', ' VIP-Gift '));
    expect(vipGiftCalls(early, '2026-12-10', VIP_GIFTS_POLICY)).toEqual([]);
    expect(vipGiftCalls(early, '2026-12-11', VIP_GIFTS_POLICY)).toEqual([gift('2026-12-11')]);
  });

  it('another contact does not deliver the gift', () => {
    const called = privateCustomer(contactAt('2026-12-11T15:00:00.000Z', 'greeting'));
    expect(vipGiftCalls(called, '2026-12-11', VIP_GIFTS_POLICY)).toEqual([gift('2026-12-11')]);
  });

  it('only the policy’s tiers: STRATEGIC yes, WEALTH and KEY no', () => {
    const of = (tier: Tier, segment: 'retail' | 'corporate' = 'retail') =>
      vipGiftCalls(evolveAll([onboarded({ tier, segment })]) as Customer, '2026-12-11', VIP_GIFTS_POLICY);
    expect(of('STRATEGIC', 'corporate')).toHaveLength(1);
    expect(of('KEY', 'corporate')).toEqual([]);
    expect(of('WEALTH')).toEqual([]);
  });

  it('none without marketing consent, none after offboarding', () => {
    expect(
      vipGiftCalls(privateCustomer(consentWithdrawn('marketing')), '2026-12-11', VIP_GIFTS_POLICY),
    ).toEqual([]);
    expect(vipGiftCalls(privateCustomer(offboarded()), '2026-12-11', VIP_GIFTS_POLICY)).toEqual([]);
  });

  it('the weekday is the policy’s', () => {
    const monday = { ...VIP_GIFTS_POLICY, weekday: 'monday' as const };
    expect(vipGiftCalls(privateCustomer(), '2026-12-11', monday)).toEqual([gift('2026-12-07')]);
  });
});
