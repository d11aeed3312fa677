import type { TargetRule } from '../targeting/target-rule';

/**
 * A VIP event (贵宾活动) on `date` ('YYYY-MM-DD'). Its guests are the customers `inviteeRule`
 * matches (the campaigns' target language) and those invited by name (GuestInvited).
 */
export type VipEventScheduled = {
  type: 'VipEventScheduled';
  schemaVersion: 1;
  data: { vipEventId: string; name: string; date: string; inviteeRule: TargetRule; scheduledAt: string };
};

/** A customer put on the guest list by name, whether or not the rule matches them. */
export type GuestInvited = {
  type: 'GuestInvited';
  schemaVersion: 1;
  data: { vipEventId: string; customerId: string; invitedAt: string };
};

export type GuestAttended = {
  type: 'GuestAttended';
  schemaVersion: 1;
  data: { vipEventId: string; customerId: string; attendedAt: string };
};

/** A cancelled event invites no one: its invitation calls lapse at once. */
export type VipEventCancelled = {
  type: 'VipEventCancelled';
  schemaVersion: 1;
  data: { vipEventId: string; reason: string; cancelledAt: string };
};

export type VipEventEvent = VipEventScheduled | GuestInvited | GuestAttended | VipEventCancelled;

export const VIP_EVENT_EVENT_TYPES = [
  'VipEventScheduled',
  'GuestInvited',
  'GuestAttended',
  'VipEventCancelled',
] as const satisfies readonly VipEventEvent['type'][];

export function isVipEventEventType(type: string): type is VipEventEvent['type'] {
  return (VIP_EVENT_EVENT_TYPES as readonly string[]).includes(type);
}

export function vipEventOccurredAtOf(event: VipEventEvent): string {
  switch (event.type) {
    case 'VipEventScheduled':
      return event.data.scheduledAt;
    case 'GuestInvited':
      return event.data.invitedAt;
    case 'GuestAttended':
      return event.data.attendedAt;
    case 'VipEventCancelled':
      return event.data.cancelledAt;
  }
}
