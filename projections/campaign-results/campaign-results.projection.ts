import { type CampaignEvent, type CustomerEvent, campaignAggregate, customerEventOf } from '@ledger/domain';
import type { RecordedEvent } from '@ledger/event-store';
import type { DocumentKey, Projection } from '@ledger/projection-runtime';
import type { ReadDocument } from '@ledger/read-store';
import {
  CAMPAIGN_MEMBERS,
  CAMPAIGNS,
  type CampaignDocument,
  type CampaignMemberDocument,
} from './campaign-results.documents';
import { evolveCampaignDocument, evolveMemberDocument } from './campaign-results.fold';
import { READS_NO_SEALED_FIELD } from '../shared/sealed-fields';

const EVENT_TYPES = [
  'CampaignPlanned',
  'CampaignLaunched',
  'CampaignTargetsFrozen',
  'CampaignClosed',
  'ContactLogged',
  'ProductSubscribed',
] as const;

function eventOf(recorded: RecordedEvent): CampaignEvent | CustomerEvent | null {
  if (recorded.stream.startsWith(`${campaignAggregate.category}-`))
    return campaignAggregate.eventOf(recorded);
  return customerEventOf(recorded);
}

function documentIds(recorded: RecordedEvent): DocumentKey[] {
  const event = eventOf(recorded);
  switch (event?.type) {
    case 'CampaignPlanned':
    case 'CampaignLaunched':
    case 'CampaignClosed':
      return [{ collection: CAMPAIGNS, id: event.data.campaignId }];
    case 'CampaignTargetsFrozen':
      return event.data.customerIds.map((id) => ({ collection: CAMPAIGN_MEMBERS, id }));
    case 'ContactLogged':
      return event.data.campaign === undefined
        ? []
        : [{ collection: CAMPAIGNS, id: event.data.campaign.campaignId }];
    case 'ProductSubscribed':
      return [{ collection: CAMPAIGN_MEMBERS, id: event.data.customerId }];
    default:
      return [];
  }
}

function evolve(
  document: ReadDocument | null,
  recorded: RecordedEvent,
  collection: string,
  id: string,
): ReadDocument | null {
  const event = eventOf(recorded);
  if (event === null) return document;
  if (collection === CAMPAIGN_MEMBERS) {
    if (event.type !== 'CampaignTargetsFrozen' && event.type !== 'ProductSubscribed') return document;
    return evolveMemberDocument(document as CampaignMemberDocument | null, event, id, recorded.position);
  }
  switch (event.type) {
    case 'CampaignPlanned':
    case 'CampaignLaunched':
    case 'CampaignClosed':
    case 'CampaignTargetsFrozen':
    case 'ContactLogged':
      return evolveCampaignDocument(document as CampaignDocument | null, event, id);
    default:
      return document;
  }
}

/**
 * Campaign results (issue 16): the campaigns with their contacts and responses, and per customer
 * the campaigns that targeted it and its subscriptions, each with its position, from which the
 * performance query attributes conversions (a subscription recorded after the targeting).
 */
export const campaignResultsProjection: Projection = {
  name: 'campaign-results',
  version: 1,
  collections: [CAMPAIGNS, CAMPAIGN_MEMBERS],
  // Documents add up facts of several streams, each part independent of the interleaving.
  rebuildByStream: true,
  sealedFields: READS_NO_SEALED_FIELD,
  filter: { streamPrefixes: ['campaign-', 'customer-'], eventTypes: EVENT_TYPES },
  documentIds,
  evolve,
  indexes: {
    [CAMPAIGNS]: [{ keys: { plannedAt: 1 } }, { keys: { status: 1, plannedAt: 1 } }],
    [CAMPAIGN_MEMBERS]: [{ keys: { targetedBy: 1 } }],
  },
};
