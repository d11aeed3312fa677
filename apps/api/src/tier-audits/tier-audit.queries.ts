import { Inject } from '@nestjs/common';
import { type IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import type { ReadStore } from '@ledger/read-store';
import {
  listTierAudits,
  listTierReviews,
  type TierAuditEntryView,
  type TierAuditQuery,
  type TierReviewQuery,
  type TierReviewView,
} from '@ledger/projections/tier-audit';
import type { Page } from '../common/page.query';
import { READ_STORE } from '../infrastructure/tokens';

export class ListTierAudits extends Query<Page<TierAuditEntryView>> {
  constructor(readonly query: TierAuditQuery) {
    super();
  }
}

export class ListTierReviews extends Query<Page<TierReviewView>> {
  constructor(readonly query: TierReviewQuery) {
    super();
  }
}

@QueryHandler(ListTierAudits)
export class ListTierAuditsHandler implements IQueryHandler<ListTierAudits> {
  constructor(@Inject(READ_STORE) private readonly reads: ReadStore) {}

  execute({ query }: ListTierAudits): Promise<Page<TierAuditEntryView>> {
    return listTierAudits(this.reads, query);
  }
}

@QueryHandler(ListTierReviews)
export class ListTierReviewsHandler implements IQueryHandler<ListTierReviews> {
  constructor(@Inject(READ_STORE) private readonly reads: ReadStore) {}

  execute({ query }: ListTierReviews): Promise<Page<TierReviewView>> {
    return listTierReviews(this.reads, query);
  }
}
