import { type CampaignEvent, campaignAggregate, DEFAULT_POLICIES, type DomainPolicies } from '../src';
import { specificationOf } from './aggregate-specification';

/** given(history).when(command).then(events) / .thenThrows(error), over the campaign aggregate. */
export function givenCampaign(history: CampaignEvent[] = [], policies: DomainPolicies = DEFAULT_POLICIES) {
  return specificationOf(campaignAggregate, policies)(history);
}
