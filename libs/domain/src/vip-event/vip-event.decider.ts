import { assertNever } from '../assert-never';
import { businessTime, calendarDate, instant } from '../decide/guards';
import { InvalidTargetRule } from '../errors/campaign.errors';
import {
  GuestNotActive,
  GuestNotInvited,
  GuestWithoutMarketingConsent,
  VipEventAlreadyScheduled,
  VipEventCancelledError,
  VipEventDatePassed,
  VipEventNotFound,
  VipEventNotHeldYet,
} from '../errors/vip-event.errors';
import { lookup } from '../json';
import { parseTargetRule } from '../targeting/parse-target-rule';
import type { TargetRule } from '../targeting/target-rule';
import { TargetRuleError } from '../targeting/target-rule.error';
import { toBusinessDate } from '../time';
import type {
  CancelVipEvent,
  InviteGuest,
  RecordAttendance,
  ScheduleVipEvent,
  VipEventCommand,
} from './vip-event.commands';
import type { VipEventEvent } from './vip-event.events';
import { isScheduled, type VipEvent, type VipEventState } from './vip-event.state';

export function decideVipEvent(command: VipEventCommand, state: VipEventState): VipEventEvent[] {
  switch (command.type) {
    case 'ScheduleVipEvent':
      return schedule(command, state);
    case 'InviteGuest':
      return invite(command, state);
    case 'RecordAttendance':
      return attend(command, state);
    case 'CancelVipEvent':
      return cancel(command, state);
    default:
      return assertNever(command);
  }
}

/** An event is scheduled for today or a later day. */
function schedule(command: ScheduleVipEvent, state: VipEventState): VipEventEvent[] {
  const { vipEventId, name } = command;
  if (isScheduled(state)) throw new VipEventAlreadyScheduled(vipEventId);
  const scheduledAt = instant(command.now, 'now');
  const date = calendarDate(command.date, 'date');
  if (date < toBusinessDate(scheduledAt)) throw new VipEventDatePassed(vipEventId, date);
  const inviteeRule = ruleOf(command.inviteeRule);
  return [
    {
      type: 'VipEventScheduled',
      schemaVersion: 1,
      data: { vipEventId, name, date, inviteeRule, scheduledAt },
    },
  ];
}

/** A consenting, active customer may be invited up to the event's day; inviting twice records nothing. */
function invite(command: InviteGuest, state: VipEventState): VipEventEvent[] {
  const event = openEvent(state, command.vipEventId);
  const { customerId, guest } = command;
  const invitedAt = businessTime(command.invitedAt, command.now, 'invitedAt');
  if (toBusinessDate(invitedAt) > event.date) throw new VipEventDatePassed(event.vipEventId, event.date);
  if (guest === null || guest.customerId !== customerId) throw new GuestNotActive(customerId, 'unknown');
  if (!guest.active) throw new GuestNotActive(customerId, 'offboarded');
  if (!guest.marketingConsent) throw new GuestWithoutMarketingConsent(customerId);
  if (lookup(event.guests, customerId) === true) return [];
  return [
    { type: 'GuestInvited', schemaVersion: 1, data: { vipEventId: event.vipEventId, customerId, invitedAt } },
  ];
}

/** A guest on the list attends on the event's day or is recorded after it; once. */
function attend(command: RecordAttendance, state: VipEventState): VipEventEvent[] {
  const event = openEvent(state, command.vipEventId);
  const { customerId } = command;
  if (lookup(event.guests, customerId) !== true) throw new GuestNotInvited(event.vipEventId, customerId);
  const attendedAt = businessTime(command.attendedAt, command.now, 'attendedAt');
  if (toBusinessDate(attendedAt) < event.date) throw new VipEventNotHeldYet(event.vipEventId, event.date);
  if (lookup(event.attended, customerId) === true) return [];
  return [
    {
      type: 'GuestAttended',
      schemaVersion: 1,
      data: { vipEventId: event.vipEventId, customerId, attendedAt },
    },
  ];
}

/** Cancelled up to its day; after it, the event was held. */
function cancel(command: CancelVipEvent, state: VipEventState): VipEventEvent[] {
  const event = openEvent(state, command.vipEventId);
  const cancelledAt = instant(command.now, 'now');
  if (toBusinessDate(cancelledAt) > event.date) throw new VipEventDatePassed(event.vipEventId, event.date);
  return [
    {
      type: 'VipEventCancelled',
      schemaVersion: 1,
      data: { vipEventId: event.vipEventId, reason: command.reason, cancelledAt },
    },
  ];
}

function openEvent(state: VipEventState, vipEventId: string): VipEvent {
  if (!isScheduled(state)) throw new VipEventNotFound(vipEventId);
  if (state.status === 'cancelled') throw new VipEventCancelledError(vipEventId);
  return state;
}

function ruleOf(input: unknown): TargetRule {
  try {
    return parseTargetRule(input);
  } catch (error) {
    if (error instanceof TargetRuleError) throw new InvalidTargetRule(error.field, error.problem);
    throw error;
  }
}
