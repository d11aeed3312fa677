import { Inject, Injectable } from '@nestjs/common';
import {
  ANCHOR_STREAM,
  anchorOf,
  type ChainAnchor,
  type EventStore,
  type LedgerVerification,
  verifyLedger,
} from '@ledger/event-store';
import type { Page } from '../common/page.query';
import { SEALED_EVENT_STORE } from '../infrastructure/tokens';

/** The ledger's integrity as auditors check it, on the sealed log (what the hashes cover). */
@Injectable()
export class IntegrityReads {
  constructor(@Inject(SEALED_EVENT_STORE) private readonly store: EventStore) {}

  verify(): Promise<LedgerVerification> {
    return verifyLedger(this.store);
  }

  /** The anchors oldest first, without the heads they moved: what a bank notarises elsewhere. */
  async anchors(page: number, limit: number): Promise<Page<ChainAnchor>> {
    const [last] = await this.store.readStream(ANCHOR_STREAM, { direction: 'backwards', maxCount: 1 });
    const events = await this.store.readStream(ANCHOR_STREAM, {
      fromRevision: BigInt((page - 1) * limit),
      maxCount: limit,
    });
    const items = events.map((event) => {
      const { moved: _moved, ...anchor } = anchorOf(event);
      return anchor;
    });
    return { items, page, limit, total: last === undefined ? 0 : Number(last.revision) + 1 };
  }
}
