import { addDays, parseTargetRule, type InvitingVipEvent } from '@ledger/domain';
import type { Filter, ReadStore } from '@ledger/read-store';
import { VIP_EVENTS, type VipEventDocument, type VipEventView } from './vip-events.documents';

export type VipEventsQuery = {
  /** Events on or after this day ('YYYY-MM-DD'). */
  from?: string;
  /** Events on or before this day. */
  to?: string;
  status?: VipEventView['status'];
  page: number;
  limit: number;
};

export type VipEventPage = { items: VipEventView[]; total: number; page: number; limit: number };

function viewOf({ _id: _key, ...view }: VipEventDocument): VipEventView {
  return view;
}

export async function getVipEvent(readStore: ReadStore, vipEventId: string): Promise<VipEventView | null> {
  const document = await readStore.findOne<VipEventDocument>(VIP_EVENTS, { _id: vipEventId });
  return document === null ? null : viewOf(document);
}

/** GET /vip-events: by date, then id. */
export async function listVipEvents(readStore: ReadStore, query: VipEventsQuery): Promise<VipEventPage> {
  const date = {
    ...(query.from !== undefined && { $gte: query.from }),
    ...(query.to !== undefined && { $lte: query.to }),
  };
  const filter: Filter = {
    ...(Object.keys(date).length > 0 && { date }),
    ...(query.status !== undefined && { status: query.status }),
  };
  const [documents, total] = await Promise.all([
    readStore.find<VipEventDocument>(VIP_EVENTS, filter, {
      sort: { date: 1, _id: 1 },
      skip: (query.page - 1) * query.limit,
      limit: query.limit,
    }),
    readStore.count(VIP_EVENTS, filter),
  ]);
  return { items: documents.map(viewOf), total, page: query.page, limit: query.limit };
}

/**
 * The scheduled events whose invitations may be open on `today`: held after today and at most
 * `inviteDaysBefore` days ahead (the domain's isInviting decides).
 */
export async function vipEventsInviting(
  readStore: ReadStore,
  today: string,
  inviteDaysBefore: number,
): Promise<InvitingVipEvent[]> {
  const documents = await readStore.find<VipEventDocument>(
    VIP_EVENTS,
    { date: { $gt: today, $lte: addDays(today, inviteDaysBefore) }, status: 'scheduled' },
    { sort: { date: 1, _id: 1 } },
  );
  return documents.map((document) => ({
    vipEventId: document.vipEventId,
    date: document.date,
    // Validated when scheduled; parsed again so the worklist reads the domain's type.
    inviteeRule: parseTargetRule(document.inviteeRule),
    guests: document.guests,
  }));
}
