import { Inject, Injectable } from '@nestjs/common';
import type { ReadStore } from '@ledger/read-store';
import {
  customersUnderOpenReview,
  listTierAudits,
  listTierReviews,
  type TierAuditEntryView,
  type TierAuditQuery,
  type TierReviewQuery,
  type TierReviewView,
} from '@ledger/projections/tier-audit';
import type { Page } from '../common/page.query';
import { READ_STORE } from '../infrastructure/tokens';

/** The tier-audit read model's queries, called directly (ADR 0012). */
@Injectable()
export class TierAuditReads {
  constructor(@Inject(READ_STORE) private readonly reads: ReadStore) {}

  audits(query: TierAuditQuery): Promise<Page<TierAuditEntryView>> {
    return listTierAudits(this.reads, query);
  }

  reviews(query: TierReviewQuery): Promise<Page<TierReviewView>> {
    return listTierReviews(this.reads, query);
  }

  underOpenReview(): Promise<string[]> {
    return customersUnderOpenReview(this.reads);
  }

  async isUnderOpenReview(customerId: string): Promise<boolean> {
    return (await listTierReviews(this.reads, { customerId, status: 'open', limit: 1 })).total > 0;
  }
}
