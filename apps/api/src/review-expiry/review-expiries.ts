import {
  addHours,
  customerAggregate,
  type DomainPolicies,
  isDomainError,
  SYSTEM_ACTOR,
} from '@ledger/domain';
import { WrongExpectedRevision } from '@ledger/event-store';
import { openReviewsOpenedBy, type ReviewRef } from '@ledger/projections/tier-audit';
import type { ReadStore } from '@ledger/read-store';
import { Decision } from '../command-path/decision';
import type { ExecuteDecision } from '../erasure/erasures';

/** Reviews looked at per sweep: the rest wait for the next one. */
const BATCH = 500;
const ATTEMPTS = 3;

/**
 * Expires tier reviews left without a quorum past the four-eyes policy's days: finds candidates in
 * the tier-review read model, then sends ExpireTierReview through the command path as the system
 * actor, so the decider checks the deadline on the review's own stream. The review is the
 * Idempotency-Key: however often the sweep runs, an expiry is recorded once.
 */
export class ReviewExpiries {
  constructor(
    private readonly reads: ReadStore,
    private readonly policies: DomainPolicies,
    private readonly execute: ExecuteDecision,
  ) {}

  async expireDue(now: Date): Promise<ReviewRef[]> {
    const at = now.toISOString();
    const openedBy = addHours(at, -24 * this.policies.fourEyes.reviewExpiresAfterDays);
    const expired: ReviewRef[] = [];
    for (const review of await openReviewsOpenedBy(this.reads, openedBy, BATCH))
      if (await this.expire(review, at)) expired.push(review);
    return expired;
  }

  private async expire({ customerId, reviewId }: ReviewRef, now: string): Promise<boolean> {
    const command = { type: 'ExpireTierReview' as const, customerId, reviewId, actor: SYSTEM_ACTOR, now };
    const key = `tier-review-expiry:${customerId}:${reviewId}`;
    const context = { correlationId: key, idempotencyKey: key };
    for (let attempt = 1; ; attempt += 1) {
      try {
        await this.execute(new Decision(customerAggregate, command, context));
        return true;
      } catch (error) {
        // The read model lagged: the review was closed by a vote meanwhile, or is not yet due.
        if (isDomainError(error)) return false;
        if (!(error instanceof WrongExpectedRevision) || attempt >= ATTEMPTS) throw error;
      }
    }
  }
}
