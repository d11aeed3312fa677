import { assertNever } from '../assert-never';
import type { HouseholdEvent, HouseholdRole } from './household.events';

export type Household = {
  status: 'formed';
  householdId: string;
  name: string;
  branchId: string;
  formedAt: string;
  /** Current members by customer id. */
  members: Readonly<Record<string, HouseholdRole>>;
};

export type HouseholdState = { status: 'none' } | Household;

export const initialHouseholdState = (): HouseholdState => ({ status: 'none' });

export function isFormed(state: HouseholdState): state is Household {
  return state.status === 'formed';
}

export function evolveHousehold(state: HouseholdState, event: HouseholdEvent): HouseholdState {
  switch (event.type) {
    case 'HouseholdFormed':
      return { status: 'formed', ...event.data, members: {} };
    case 'HouseholdMemberJoined':
      if (!isFormed(state)) return state;
      return { ...state, members: { ...state.members, [event.data.customerId]: event.data.role } };
    case 'HouseholdMemberLeft': {
      if (!isFormed(state)) return state;
      const { [event.data.customerId]: _left, ...members } = state.members;
      return { ...state, members };
    }
    default:
      return assertNever(event);
  }
}
