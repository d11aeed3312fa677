import type { Actor } from '../actor';

/**
 * What the api knows of a guest, from the customer's own stream; null when no customer of that
 * id was ever onboarded. An invitation is marketing: it needs the customer's consent.
 */
export type GuestFacts = { customerId: string; active: boolean; marketingConsent: boolean };

type ByActor = { vipEventId: string; actor: Actor; now: string };

/** `inviteeRule` arrives unparsed: the decider parses it, so no command path can store a bad rule. */
export type ScheduleVipEvent = ByActor & {
  type: 'ScheduleVipEvent';
  name: string;
  date: string;
  inviteeRule: unknown;
};

export type InviteGuest = ByActor & {
  type: 'InviteGuest';
  customerId: string;
  guest: GuestFacts | null;
  invitedAt?: string;
};

export type RecordAttendance = ByActor & {
  type: 'RecordAttendance';
  customerId: string;
  attendedAt?: string;
};

export type CancelVipEvent = ByActor & { type: 'CancelVipEvent'; reason: string };

export type VipEventCommand = ScheduleVipEvent | InviteGuest | RecordAttendance | CancelVipEvent;
