import { Inject, Injectable } from '@nestjs/common';
import type { EventStore, RecordedEvent } from '@ledger/event-store';
import { addDays } from '@ledger/domain';
import type { Page } from '../common/page.query';
import { SEALED_EVENT_STORE } from '../infrastructure/tokens';
import { InvalidInput } from '../validation/validation.pipe';
import { ACCESS_STREAM_PREFIX, type AccessedView } from './access-log';

/**
 * The most day streams one request reads: a bound on the work a query may ask for (the log has
 * an entry for every read), not a business rule; a longer audit pages through several windows.
 */
export const ACCESS_LOG_MAX_DAYS = 31;

export type AccessLogFilter = { customerId?: string; actor?: string; from?: string; to?: string };

export type AccessLogEntry = {
  eventId: string;
  position: string;
  at: string;
  customerId: string;
  view: AccessedView;
  accessedBy: string;
  role: string;
} & Record<string, string>;

/** The access log read back (issue 15 §4): the day streams `access-<yyyy-mm-dd>` of the window, oldest first. */
@Injectable()
export class AccessLogReads {
  constructor(@Inject(SEALED_EVENT_STORE) private readonly store: EventStore) {}

  async entries(
    filter: AccessLogFilter,
    page: number,
    limit: number,
    now: string,
  ): Promise<Page<AccessLogEntry>> {
    const to = Date.parse(filter.to ?? now);
    const from =
      filter.from === undefined
        ? Date.parse(new Date(to).toISOString().slice(0, 10))
        : Date.parse(filter.from);
    const days = daysOf(from, to);
    const matching: AccessLogEntry[] = [];
    for (const day of days) {
      for (const event of await this.store.readStream(`${ACCESS_STREAM_PREFIX}${day}`)) {
        const entry = entryOf(event);
        if (entry !== null && matches(entry, filter, from, to)) matching.push(entry);
      }
    }
    return { items: matching.slice((page - 1) * limit, page * limit), page, limit, total: matching.length };
  }
}

function daysOf(from: number, to: number): string[] {
  if (from > to) throw new InvalidInput([{ field: 'from', problems: ['must not be after to'] }]);
  const last = new Date(to).toISOString().slice(0, 10);
  const days = [new Date(from).toISOString().slice(0, 10)];
  while ((days.at(-1) as string) < last) days.push(addDays(days.at(-1) as string, 1));
  if (days.length > ACCESS_LOG_MAX_DAYS)
    throw new InvalidInput([
      { field: 'to', problems: [`must be within ${ACCESS_LOG_MAX_DAYS} days of from`] },
    ]);
  return days;
}

function entryOf(event: RecordedEvent): AccessLogEntry | null {
  if (event.type !== 'CustomerDataAccessed') return null;
  const data = event.data as Record<string, string>;
  return { ...data, eventId: event.eventId, position: event.position } as AccessLogEntry;
}

function matches(entry: AccessLogEntry, filter: AccessLogFilter, from: number, to: number): boolean {
  const at = Date.parse(entry.at);
  if (at < from || at > to) return false;
  if (filter.actor !== undefined && entry.accessedBy !== filter.actor) return false;
  if (filter.customerId === undefined || entry.customerId === filter.customerId) return true;
  // A list read is recorded once, with the ids it showed.
  return (entry['customerIds'] ?? '').split(',').includes(filter.customerId);
}
