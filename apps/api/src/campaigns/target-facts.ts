import { Inject, Injectable } from '@nestjs/common';
import { CUSTOMER_STREAM_PREFIX, type DomainPolicies, type TargetView } from '@ledger/domain';
import type { EventStore } from '@ledger/event-store';
import { targetViewsAt } from '@ledger/projections/campaign-targets';
import { EVENT_STORE, POLICIES } from '../infrastructure/tokens';

/**
 * The facts a launch decides on: every customer's 360 state in the log up to one global position,
 * read from the event store (not the read model, which may lag and has no single position).
 */
@Injectable()
export class TargetFacts {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(POLICIES) private readonly policies: DomainPolicies,
  ) {}

  /** The log's head now: what a launch freezes. */
  async head(): Promise<string> {
    return (await this.store.headPosition()) ?? '0';
  }

  viewsAt(upTo: string, now: string): Promise<TargetView[]> {
    const chunks = this.store.readByStream({ upTo, streamPrefixes: [CUSTOMER_STREAM_PREFIX] });
    return targetViewsAt(chunks, now, this.policies);
  }
}
