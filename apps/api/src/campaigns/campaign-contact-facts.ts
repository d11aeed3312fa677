import { randomUUID } from 'node:crypto';
import {
  type CampaignContactFacts,
  type CampaignState,
  campaignAggregate,
  isPlanned,
  lookup,
} from '@ledger/domain';
import type { AggregateRepository } from '../command-path/aggregate-repository';

/** What a contact naming a campaign needs from the campaign's stream; the customer decider judges it. */
export async function campaignContactFacts(
  repository: AggregateRepository,
  campaignId: string,
  customerId: string,
): Promise<CampaignContactFacts> {
  const loaded = await repository.load<CampaignState>(campaignAggregate, campaignId, {
    correlationId: randomUUID(),
  });
  const state = 'folded' in loaded ? loaded.folded.state : campaignAggregate.initialState();
  if (!isPlanned(state)) return { status: 'not-planned', targeted: false };
  return { status: state.status, targeted: lookup(state.targets, customerId) === true };
}
