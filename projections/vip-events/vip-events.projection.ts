import { VIP_EVENT_EVENT_TYPES, VIP_EVENT_STREAM_PREFIX, vipEventEventOf } from '@ledger/domain';
import type { RecordedEvent } from '@ledger/event-store';
import type { DocumentKey, Projection } from '@ledger/projection-runtime';
import { READS_NO_SEALED_FIELD } from '../shared/sealed-fields';
import { VIP_EVENTS, type VipEventDocument } from './vip-events.documents';

function documentIds(recorded: RecordedEvent): DocumentKey[] {
  const event = vipEventEventOf(recorded);
  return event === null ? [] : [{ collection: VIP_EVENTS, id: event.data.vipEventId }];
}

const withMember = (ids: readonly string[], id: string): string[] =>
  ids.includes(id) ? [...ids] : [...ids, id].sort();

/** The event after one of its facts; a fact before the scheduling changes nothing. */
export function evolveVipEventDocument(
  document: VipEventDocument | null,
  recorded: RecordedEvent,
): VipEventDocument | null {
  const event = vipEventEventOf(recorded);
  if (event === null) return document;
  const { position } = recorded;
  if (event.type === 'VipEventScheduled') {
    if (document !== null) return document;
    const { vipEventId, name, date, inviteeRule, scheduledAt } = event.data;
    return {
      _id: vipEventId,
      vipEventId,
      name,
      date,
      inviteeRule,
      status: 'scheduled',
      guests: [],
      attended: [],
      scheduledAt,
      cancelledAt: null,
      cancelReason: null,
      position,
    };
  }
  if (document === null) return null;
  switch (event.type) {
    case 'GuestInvited':
      return { ...document, guests: withMember(document.guests, event.data.customerId), position };
    case 'GuestAttended':
      return { ...document, attended: withMember(document.attended, event.data.customerId), position };
    case 'VipEventCancelled':
      return {
        ...document,
        status: 'cancelled',
        cancelledAt: event.data.cancelledAt,
        cancelReason: event.data.reason,
        position,
      };
  }
}

/** VIP events (issue 17, ADR 0026): each event with its guest list, for its routes and the worklist. */
export const vipEventsProjection: Projection = {
  name: 'vip-events',
  version: 1,
  collections: [VIP_EVENTS],
  sealedFields: READS_NO_SEALED_FIELD,
  // Every document follows one event's stream.
  rebuildByStream: true,
  filter: { streamPrefixes: [VIP_EVENT_STREAM_PREFIX], eventTypes: VIP_EVENT_EVENT_TYPES },
  documentIds,
  evolve: (document, recorded) => evolveVipEventDocument(document as VipEventDocument | null, recorded),
  indexes: { [VIP_EVENTS]: [{ keys: { date: 1, status: 1 } }] },
};
