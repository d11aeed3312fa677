import { assertNever } from '../assert-never';
import type { IdentityEvent } from './identity.events';

/** Who holds the number now (null: free). */
export type IdentityState = { holder: string | null };

export const initialIdentityState = (): IdentityState => ({ holder: null });

export function evolveIdentity(state: IdentityState, event: IdentityEvent): IdentityState {
  switch (event.type) {
    case 'IdNumberRegistered':
      return { holder: event.data.customerId };
    case 'IdNumberReleased':
      return state.holder === event.data.customerId ? { holder: null } : state;
    default:
      return assertNever(event);
  }
}
