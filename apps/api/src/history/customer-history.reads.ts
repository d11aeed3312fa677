import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { EventStore, RecordedEvent, StreamVerification } from '@ledger/event-store';
import {
  businessTimeOf,
  customerStream,
  isWithinCut,
  publishedEventData,
  recordedTimeOf,
  type TimeCut,
} from '@ledger/domain';
import type { Page } from '../common/page.query';
import { EVENT_STORE } from '../infrastructure/tokens';

export interface HistoryItem {
  eventId: string;
  type: string;
  revision: number;
  position: string;
  /** Business time: when the fact happened, what `?asOf=` cuts on. */
  occurredAt: string;
  /** Recorded time: when the ledger learned of it, what `?knownAt=` cuts on. */
  recordedAt: string;
  /** The published form (money as `{ amount, currency }`, ADR 0033); the metadata's hash covers the stored form. */
  data: RecordedEvent['data'];
  metadata: RecordedEvent['metadata'];
}

/** What an auditor narrows a history to: a time cut, event types, an actor. */
export type HistoryFilter = TimeCut & { types?: readonly string[]; actor?: string };

function isFiltered({ asOf, knownAt, types, actor }: HistoryFilter): boolean {
  return asOf !== undefined || knownAt !== undefined || types !== undefined || actor !== undefined;
}

function passes(event: RecordedEvent, filter: HistoryFilter): boolean {
  if (filter.types !== undefined && !filter.types.includes(event.type)) return false;
  if (filter.actor !== undefined && actorIdOf(event) !== filter.actor) return false;
  return isWithinCut(event, filter);
}

function actorIdOf(event: RecordedEvent): string | undefined {
  const actor = event.metadata['actor'];
  if (actor === null || typeof actor !== 'object' || Array.isArray(actor)) return undefined;
  const id = actor['id'];
  return typeof id === 'string' ? id : undefined;
}

function toItem(event: RecordedEvent): HistoryItem {
  return {
    eventId: event.eventId,
    type: event.type,
    revision: Number(event.revision),
    position: event.position,
    occurredAt: businessTimeOf(event),
    recordedAt: recordedTimeOf(event),
    data: publishedEventData(event.data),
    metadata: event.metadata,
  };
}

/** A customer's stream as auditors read it, straight from the event store (ADR 0012). */
@Injectable()
export class CustomerHistoryReads {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  /** The events of a customer's stream, oldest first (stream order), with their envelope: what auditors replay. */
  async page(
    customerId: string,
    page: number,
    limit: number,
    filter: HistoryFilter = {},
  ): Promise<Page<HistoryItem>> {
    const stream = customerStream(customerId);
    const [last] = await this.store.readStream(stream, { direction: 'backwards', maxCount: 1 });
    if (last === undefined) throw new NotFoundException(`customer ${customerId} not found`);
    if (isFiltered(filter)) {
      // One customer's stream is small: filter it whole, then page what passed.
      const passed = (await this.store.readStream(stream)).filter((event) => passes(event, filter));
      const start = (page - 1) * limit;
      return { items: passed.slice(start, start + limit).map(toItem), page, limit, total: passed.length };
    }
    const events = await this.store.readStream(stream, {
      fromRevision: BigInt((page - 1) * limit),
      maxCount: limit,
    });
    return { items: events.map(toItem), page, limit, total: Number(last.revision) + 1 };
  }

  /** Recomputes the stream's hash chain: an altered, removed or reordered event breaks it. */
  async verify(customerId: string): Promise<StreamVerification & { customerId: string }> {
    const verification = await this.store.verifyStream(customerStream(customerId));
    if (verification.events === 0 && verification.valid)
      throw new NotFoundException(`customer ${customerId} not found`);
    return { customerId, ...verification };
  }
}
