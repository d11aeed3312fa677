import { campaignAggregate } from './campaign/campaign.aggregate';
import { customerAggregate } from './customer/customer.aggregate';
import { householdAggregate } from './household/household.aggregate';
import { identityAggregate } from './identity/identity.aggregate';
import { instructionAggregate } from './instruction/instruction.aggregate';
import { opportunityAggregate } from './opportunity/opportunity.aggregate';
import { productAggregate } from './product/product.aggregate';
import { vipEventAggregate } from './vip-event/vip-event.aggregate';
import {
  isPublishedStreamCategory,
  PUBLISHED_STREAM_CATEGORIES,
  publishedStreamPrefixes,
} from './published-streams';

describe('the stream categories downstream services follow', () => {
  it('publishes every aggregate the bank sells and serves through', () => {
    const published = [
      customerAggregate,
      productAggregate,
      campaignAggregate,
      opportunityAggregate,
      householdAggregate,
      vipEventAggregate,
      instructionAggregate,
    ];
    expect(published.map((aggregate) => aggregate.category).sort()).toEqual(
      [...PUBLISHED_STREAM_CATEGORIES].sort(),
    );
  });

  it('keeps the idNumber register internal: its stream names are keyed digests', () => {
    expect(isPublishedStreamCategory(identityAggregate.category)).toBe(false);
    expect(isPublishedStreamCategory('access')).toBe(false);
    expect(isPublishedStreamCategory('integrity')).toBe(false);
  });

  it('filters by `<category>-`, so `customer` does not take in a category that only starts alike', () => {
    expect(publishedStreamPrefixes(['customer', 'household'])).toEqual(['customer-', 'household-']);
  });
});
