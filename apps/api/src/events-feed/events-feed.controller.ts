import { Controller, Headers, Inject, type MessageEvent, Query, Sse } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { map, type Observable } from 'rxjs';
import { type EventStore, type From } from '@ledger/event-store';
import { Admits } from '../auth/roles';
import { CUSTOMER_STREAM_PREFIX } from '@ledger/domain';
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
      'Personal fields stay encrypted in this feed.',
  })
  feed(
    @Query() query: EventsFeedQuery,
    @Headers('last-event-id') lastEventId?: string,
  ): Observable<MessageEvent> {
    const from: From =
      lastEventId !== undefined && lastEventId !== '' ? resumeAfter(lastEventId) : (query.from ?? 'start');
    const types = eventTypesOf(query.types);
    // Customer facts only: the access log names auditors and is not a downstream contract.
    const filter = {
      streamPrefixes: [CUSTOMER_STREAM_PREFIX],
      ...(types === undefined ? {} : { eventTypes: types }),
    };
    return eventFeed(this.store, from, filter).pipe(
      map((message) => ({ id: message.id, type: message.type, data: message.data })),
    );
  }
}

function resumeAfter(lastEventId: string): From {
  if (!/^\d+(:\d+)?$/.test(lastEventId)) {
    throw new InvalidInput([
      { field: 'Last-Event-ID', problems: ['must be a position token from this feed'] },
    ]);
  }
  return lastEventId;
}
