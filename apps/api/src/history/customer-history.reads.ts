import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { EventStore, RecordedEvent, StreamVerification } from '@ledger/event-store';
import { customerStream } from '@ledger/domain';
import type { Page } from '../common/page.query';
import { EVENT_STORE } from '../infrastructure/tokens';

export interface HistoryItem {
  eventId: string;
  type: string;
  revision: number;
  position: string;
  data: RecordedEvent['data'];
  metadata: RecordedEvent['metadata'];
}

/** A customer's stream as auditors read it, straight from the event store (ADR 0012). */
@Injectable()
export class CustomerHistoryReads {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  /** The raw events of a customer's stream, oldest first, with their envelope: what auditors replay. */
  async page(customerId: string, page: number, limit: number): Promise<Page<HistoryItem>> {
    const stream = customerStream(customerId);
    const [last] = await this.store.readStream(stream, { direction: 'backwards', maxCount: 1 });
    if (last === undefined) throw new NotFoundException(`customer ${customerId} not found`);
    const events = await this.store.readStream(stream, {
      fromRevision: BigInt((page - 1) * limit),
      maxCount: limit,
    });
    return {
      items: events.map((event) => ({
        eventId: event.eventId,
        type: event.type,
        revision: Number(event.revision),
        position: event.position,
        data: event.data,
        metadata: event.metadata,
      })),
      page,
      limit,
      total: Number(last.revision) + 1,
    };
  }

  /** Recomputes the stream's hash chain: an altered, removed or reordered event breaks it. */
  async verify(customerId: string): Promise<StreamVerification & { customerId: string }> {
    const verification = await this.store.verifyStream(customerStream(customerId));
    if (verification.events === 0 && verification.valid)
      throw new NotFoundException(`customer ${customerId} not found`);
    return { customerId, ...verification };
  }
}
