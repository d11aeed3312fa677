import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { DomainPolicies } from '@ledger/domain';
import type { ReviewRef } from '@ledger/projections/tier-audit';
import type { ReadStore } from '@ledger/read-store';
import { CLOCK, type Clock, POLICIES, READ_STORE } from '../infrastructure/tokens';
import { ReviewExpiries } from './review-expiries';

/** Review deadlines fall on a day: an hourly sweep records an expiry within the hour. */
export const REVIEW_SWEEP_INTERVAL_MS = 60 * 60 * 1000;

/** Records TierReviewExpired for reviews past their deadline, at start and every hour. */
@Injectable()
export class ReviewExpirySweep implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('ReviewExpirySweep');
  private readonly expiries: ReviewExpiries;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    @Inject(READ_STORE) reads: ReadStore,
    @Inject(POLICIES) policies: DomainPolicies,
    @Inject(CLOCK) private readonly clock: Clock,
    bus: CommandBus,
  ) {
    this.expiries = new ReviewExpiries(reads, policies, (decision) => bus.execute(decision));
  }

  onApplicationBootstrap(): void {
    void this.sweep();
    this.timer = setInterval(() => void this.sweep(), REVIEW_SWEEP_INTERVAL_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  async sweep(): Promise<ReviewRef[]> {
    try {
      const expired = await this.expiries.expireDue(this.clock.now());
      for (const { customerId, reviewId } of expired)
        this.logger.log(`tier review ${reviewId} of customer ${customerId} expired`);
      return expired;
    } catch (error) {
      this.logger.error(
        `review expiry sweep failed: ${error instanceof Error ? error.message : String(error)}`,
      );
      return [];
    }
  }
}
