import { CAMPAIGN_EVENT_TYPES } from './campaign/campaign.events';
import { CUSTOMER_EVENT_TYPES } from './events/customer-event';
import { HOUSEHOLD_EVENT_TYPES } from './household/household.events';
import { INSTRUCTION_EVENT_TYPES } from './instruction/instruction.events';
import { OPPORTUNITY_EVENT_TYPES } from './opportunity/opportunity.events';
import { PRODUCT_EVENT_TYPES } from './product/product.events';
import { VIP_EVENT_EVENT_TYPES } from './vip-event/vip-event.events';

/**
 * The stream categories downstream services may follow on `GET /events`: the facts about customers
 * and about what the bank sells and serves. Registers (`identity-`), the access log and the
 * `integrity` stream are internal, not a downstream contract, and never published.
 */
export const PUBLISHED_STREAM_CATEGORIES = [
  'customer',
  'product',
  'campaign',
  'opportunity',
  'household',
  'vip-event',
  'instruction',
] as const;

export type PublishedStreamCategory = (typeof PUBLISHED_STREAM_CATEGORIES)[number];

export function isPublishedStreamCategory(value: string): value is PublishedStreamCategory {
  return (PUBLISHED_STREAM_CATEGORIES as readonly string[]).includes(value);
}

/** `<category>-`: the stream prefix of each category, as the event store filters them. */
export function publishedStreamPrefixes(categories: readonly PublishedStreamCategory[]): string[] {
  return categories.map((category) => `${category}-`);
}

/** Every event type those categories carry: what `GET /events?types=` may name. */
export const PUBLISHED_EVENT_TYPES: readonly string[] = [
  ...CUSTOMER_EVENT_TYPES,
  ...PRODUCT_EVENT_TYPES,
  ...CAMPAIGN_EVENT_TYPES,
  ...OPPORTUNITY_EVENT_TYPES,
  ...HOUSEHOLD_EVENT_TYPES,
  ...VIP_EVENT_EVENT_TYPES,
  ...INSTRUCTION_EVENT_TYPES,
];
