import { type Aggregate, decidedBy, type StoredEventShape } from '../aggregate/aggregate';
import type { VipEventCommand } from './vip-event.commands';
import { decideVipEvent } from './vip-event.decider';
import { isVipEventEventType, type VipEventEvent, vipEventOccurredAtOf } from './vip-event.events';
import { evolveVipEvent, initialVipEventState, type VipEventState } from './vip-event.state';

export const VIP_EVENT_STREAM_PREFIX = 'vip-event-';

export function vipEventEventOf(recorded: StoredEventShape): VipEventEvent | null {
  if (!isVipEventEventType(recorded.type)) return null;
  return { type: recorded.type, schemaVersion: 1, data: recorded.data } as VipEventEvent;
}

/** The VIP event (`vip-event-<uuid>`, DESIGN §8) as one value for the command path. */
export const vipEventAggregate: Aggregate<VipEventCommand, VipEventEvent, VipEventState> = {
  category: VIP_EVENT_STREAM_PREFIX.slice(0, -1),
  idOf: (command) => command.vipEventId,
  initialState: initialVipEventState,
  evolve: evolveVipEvent,
  decide: (command, state) => decidedBy(decideVipEvent(command, state), command.actor, vipEventOccurredAtOf),
  eventOf: vipEventEventOf,
};
