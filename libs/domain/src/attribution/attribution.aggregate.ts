import { type Aggregate, decidedBy, type StoredEventShape } from '../aggregate/aggregate';
import { type AttributionCommand, attributionKey } from './attribution.commands';
import { decideAttribution } from './attribution.decider';
import { type AttributionEvent, attributionOccurredAtOf, isAttributionEventType } from './attribution.events';
import { type AttributionState, evolveAttribution, initialAttributionState } from './attribution.state';

export const ATTRIBUTION_STREAM_PREFIX = 'attribution-';

export function attributionEventOf(recorded: StoredEventShape): AttributionEvent | null {
  if (!isAttributionEventType(recorded.type)) return null;
  return { type: recorded.type, schemaVersion: 1, data: recorded.data } as AttributionEvent;
}

/** One holding's claim on the opportunity it won, for the command path (ADR 0019). */
export const attributionAggregate: Aggregate<AttributionCommand, AttributionEvent, AttributionState> = {
  category: ATTRIBUTION_STREAM_PREFIX.slice(0, -1),
  idOf: attributionKey,
  initialState: initialAttributionState,
  evolve: evolveAttribution,
  decide: (command, state, policies) =>
    decidedBy(
      decideAttribution(command, state, policies.holdingAttribution),
      command.actor,
      attributionOccurredAtOf,
    ),
  eventOf: attributionEventOf,
};
