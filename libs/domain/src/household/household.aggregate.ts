import { type Aggregate, decidedBy, type StoredEventShape } from '../aggregate/aggregate';
import type { HouseholdCommand } from './household.commands';
import { decideHousehold } from './household.decider';
import { type HouseholdEvent, householdOccurredAtOf, isHouseholdEventType } from './household.events';
import { evolveHousehold, type HouseholdState, initialHouseholdState } from './household.state';

export const HOUSEHOLD_STREAM_PREFIX = 'household-';

export function householdEventOf(recorded: StoredEventShape): HouseholdEvent | null {
  if (!isHouseholdEventType(recorded.type)) return null;
  return { type: recorded.type, schemaVersion: 1, data: recorded.data } as HouseholdEvent;
}

/** The household (`household-<uuid>`, DESIGN §8) as one value for the command path. */
export const householdAggregate: Aggregate<HouseholdCommand, HouseholdEvent, HouseholdState> = {
  category: HOUSEHOLD_STREAM_PREFIX.slice(0, -1),
  idOf: (command) => command.householdId,
  initialState: initialHouseholdState,
  evolve: evolveHousehold,
  decide: (command, state) =>
    decidedBy(decideHousehold(command, state), command.actor, householdOccurredAtOf),
  eventOf: householdEventOf,
};
