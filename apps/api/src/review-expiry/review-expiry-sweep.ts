import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { DomainPolicies } from '@ledger/domain';
import type { ReviewRef } from '@ledger/projections/tier-audit';
import type { ReadStore } from '@ledger/read-store';
import { HourlySweep } from '../common/hourly-sweep';
import { CLOCK, type Clock, POLICIES, READ_STORE } from '../infrastructure/tokens';
import { ReviewExpiries } from './review-expiries';

/** Records TierReviewExpired for reviews past their deadline, at start and every hour. */
@Injectable()
export class ReviewExpirySweep extends HourlySweep<ReviewRef> {
  private readonly expiries: ReviewExpiries;

  constructor(
    @Inject(READ_STORE) reads: ReadStore,
    @Inject(POLICIES) policies: DomainPolicies,
    @Inject(CLOCK) private readonly clock: Clock,
    bus: CommandBus,
  ) {
    super('review expiry sweep');
    this.expiries = new ReviewExpiries(reads, policies, (decision) => bus.execute(decision));
  }

  protected run(): Promise<ReviewRef[]> {
    return this.expiries.expireDue(this.clock.now());
  }

  protected describe({ customerId, reviewId }: ReviewRef): string {
    return `tier review ${reviewId} of customer ${customerId} expired`;
  }
}
