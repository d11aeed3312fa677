import type { TargetRule } from '@ledger/domain';
import type { ReadDocument } from '@ledger/read-store';

/** One document per VIP event, keyed by its id: GET /vip-events and the worklist's invitations. */
export const VIP_EVENTS = 'vip_events';

export type VipEventView = {
  vipEventId: string;
  name: string;
  /** 'YYYY-MM-DD' */
  date: string;
  inviteeRule: TargetRule;
  status: 'scheduled' | 'cancelled';
  /** Invited by name, sorted. */
  guests: string[];
  /** Guests recorded as attending, sorted. */
  attended: string[];
  scheduledAt: string;
  cancelledAt: string | null;
  cancelReason: string | null;
  position: string;
};

export type VipEventDocument = ReadDocument & VipEventView & { _id: string };
