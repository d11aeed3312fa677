import type { DocumentKey, Projection } from '@ledger/projection-runtime';
import type { ReadDocument } from '@ledger/read-store';
import type { RecordedEvent } from '@ledger/event-store';
import { customerEventOf } from '../shared/customer-event';
import { TIER_AUDITS, TIER_REVIEWS, type TierReviewDocument, tierReviewKey } from './tier-audit.documents';
import { auditEntryOf, evolveTierReview, isTierDecision, type TierEvent } from './tier-audit.fold';
import { READS_NO_SEALED_FIELD } from '../shared/sealed-fields';

const TIER_EVENT_TYPES = [
  'TierReviewOpened',
  'TierReviewVoteCast',
  'TierReassessed',
  'TierReviewRejected',
  'TierReviewExpired',
] as const;

function tierEventOf(recorded: RecordedEvent): TierEvent | null {
  const event = customerEventOf(recorded);
  return event !== null && (TIER_EVENT_TYPES as readonly string[]).includes(event.type)
    ? (event as TierEvent)
    : null;
}

function documentIds(recorded: RecordedEvent): DocumentKey[] {
  const event = tierEventOf(recorded);
  if (event === null) return [];
  const { customerId, reviewId } = event.data;
  const review =
    reviewId === null ? [] : [{ collection: TIER_REVIEWS, id: tierReviewKey(customerId, reviewId) }];
  return isTierDecision(event) ? [{ collection: TIER_AUDITS, id: recorded.eventId }, ...review] : review;
}

function evolve(
  document: ReadDocument | null,
  recorded: RecordedEvent,
  collection: string,
  id: string,
): ReadDocument | null {
  const event = tierEventOf(recorded);
  if (event === null) return document;
  if (collection === TIER_REVIEWS) return evolveTierReview(document as TierReviewDocument | null, event, id);
  return isTierDecision(event) ? auditEntryOf(event, recorded) : document;
}

/**
 * Tier audit (DESIGN §3): the queryable trail of every tier decision in `tier_audits`, and the
 * reviews themselves in `tier_reviews`, which also answers "which reviews are open".
 */
export const tierAuditProjection: Projection = {
  name: 'tier-audit',
  // 2: review documents carry their votes and may be expired.
  version: 2,
  collections: [TIER_AUDITS, TIER_REVIEWS],
  // Every document follows one customer's stream.
  rebuildByStream: true,
  sealedFields: READS_NO_SEALED_FIELD,
  filter: { streamPrefixes: ['customer-'], eventTypes: TIER_EVENT_TYPES },
  documentIds,
  evolve,
  indexes: {
    [TIER_AUDITS]: [
      { keys: { customerId: 1, effectiveAt: 1 } },
      { keys: { effectiveAt: 1 } },
      { keys: { committee: 1, effectiveAt: 1 } },
      { keys: { direction: 1, effectiveAt: 1 } },
      { keys: { toTier: 1, effectiveAt: 1 } },
      { keys: { outcome: 1, effectiveAt: 1 } },
      // The console's trail filters (issue 20): segment, from tier, override, decider.
      { keys: { scheme: 1, effectiveAt: 1 } },
      { keys: { fromTier: 1, effectiveAt: 1 } },
      { keys: { override: 1, effectiveAt: 1 } },
      { keys: { decidedBy: 1, effectiveAt: 1 } },
    ],
    [TIER_REVIEWS]: [{ keys: { status: 1, openedAt: 1 } }, { keys: { customerId: 1, openedAt: 1 } }],
  },
};
