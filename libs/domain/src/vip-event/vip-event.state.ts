import { assertNever } from '../assert-never';
import type { TargetRule } from '../targeting/target-rule';
import type { VipEventEvent } from './vip-event.events';

export type VipEvent = {
  status: 'scheduled' | 'cancelled';
  vipEventId: string;
  name: string;
  date: string;
  inviteeRule: TargetRule;
  /** customerId → true: invited by name. */
  guests: Readonly<Record<string, true>>;
  attended: Readonly<Record<string, true>>;
};

export type VipEventState = { status: 'none' } | VipEvent;

export const initialVipEventState = (): VipEventState => ({ status: 'none' });

export function isScheduled(state: VipEventState): state is VipEvent {
  return state.status !== 'none';
}

export function evolveVipEvent(state: VipEventState, event: VipEventEvent): VipEventState {
  switch (event.type) {
    case 'VipEventScheduled': {
      const { vipEventId, name, date, inviteeRule } = event.data;
      return { status: 'scheduled', vipEventId, name, date, inviteeRule, guests: {}, attended: {} };
    }
    case 'GuestInvited':
      if (!isScheduled(state)) return state;
      return { ...state, guests: { ...state.guests, [event.data.customerId]: true } };
    case 'GuestAttended':
      if (!isScheduled(state)) return state;
      return { ...state, attended: { ...state.attended, [event.data.customerId]: true } };
    case 'VipEventCancelled':
      return isScheduled(state) ? { ...state, status: 'cancelled' } : state;
    default:
      return assertNever(event);
  }
}
