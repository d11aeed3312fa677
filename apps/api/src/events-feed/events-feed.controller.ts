import { Controller, Headers, Inject, type MessageEvent, Query, Sse } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { map, type Observable } from 'rxjs';
import { type EventStore, type From } from '@ledger/event-store';
import { Admits } from '../auth/roles';
import {
  isPublishedStreamCategory,
  PUBLISHED_STREAM_CATEGORIES,
  type PublishedStreamCategory,
  publishedStreamPrefixes,
} from '@ledger/domain';
import { SEALED_EVENT_STORE } from '../infrastructure/tokens';
import { eventTypesOf } from '../common/event-types.validator';
import { InvalidInput } from '../validation/validation.pipe';
import { eventFeed } from './event-feed';
import { EventsFeedQuery } from './events-feed.query';

@ApiTags('downstream')
@Controller('events')
export class EventsFeedController {
  constructor(@Inject(SEALED_EVENT_STORE) private readonly store: EventStore) {}

  @Sse()
  @Admits('downstream-service', 'auditor', 'admin')
  @ApiOperation({
    summary: 'Server-Sent Events: every event after a position, then live',
    description:
      "Each message's id is its position token: reconnect with Last-Event-ID to resume after it. " +
      'Personal fields stay encrypted in this feed. It carries the customer, product, campaign, ' +
      'opportunity and household streams (narrow with ?categories=); registers, the access log and ' +
      'the integrity stream are internal.',
  })
  feed(
    @Query() query: EventsFeedQuery,
    @Headers('last-event-id') lastEventId?: string,
  ): Observable<MessageEvent> {
    const from: From =
      lastEventId !== undefined && lastEventId !== '' ? resumeAfter(lastEventId) : (query.from ?? 'start');
    const types = eventTypesOf(query.types);
    // Published categories only: the access log names auditors, and registers hold keyed digests.
    const filter = {
      streamPrefixes: publishedStreamPrefixes(categoriesOf(query.categories)),
      ...(types === undefined ? {} : { eventTypes: types }),
    };
    return eventFeed(this.store, from, filter).pipe(
      map((message) => ({ id: message.id, type: message.type, data: message.data })),
    );
  }
}

function categoriesOf(listed: string | undefined): PublishedStreamCategory[] {
  if (listed === undefined) return [...PUBLISHED_STREAM_CATEGORIES];
  const names = listed.split(',');
  const unknown = names.filter((name) => !isPublishedStreamCategory(name));
  if (unknown.length > 0)
    throw new InvalidInput([
      {
        field: 'categories',
        problems: [
          `${unknown.join(', ')}: not a published stream category (${PUBLISHED_STREAM_CATEGORIES.join(', ')})`,
        ],
      },
    ]);
  return names.filter(isPublishedStreamCategory);
}

function resumeAfter(lastEventId: string): From {
  if (!/^\d+(:\d+)?$/.test(lastEventId)) {
    throw new InvalidInput([
      { field: 'Last-Event-ID', problems: ['must be a position token from this feed'] },
    ]);
  }
  return lastEventId;
}
