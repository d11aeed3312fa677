import { giftDayOf, type VipGiftsPolicy } from '../policies/vip-gifts.policy';
import type { Customer } from '../state/customer-state';
import { toBusinessDate } from '../time';
import type { DueContact } from './due-contacts';

/**
 * Seed 001 P2 (每周集中一次): one gift call a week for an active, consenting customer of the
 * policy's tiers, due on the policy's weekday and open through the six days after it, until a
 * contact of purpose "vip-gift" on or after that day. The next week brings a new one.
 */
export function vipGiftCalls(customer: Customer, today: string, policy: VipGiftsPolicy): DueContact[] {
  // A gift is marketing care: none without consent (ADR 0024).
  if (customer.status !== 'active' || !customer.consent.marketing) return [];
  if (!policy.tiers.includes(customer.tier)) return [];
  const dueDate = giftDayOf(today, policy.weekday);
  const delivered = customer.lastGiftContactAt ?? null;
  if (delivered !== null && toBusinessDate(delivered) >= dueDate) return [];
  return [
    {
      customerId: customer.customerId,
      relationshipManagerId: customer.relationshipManagerId,
      priority: 2,
      reason: 'vip-gift',
      dueDate,
      escalateToBranchHead: false,
    },
  ];
}
