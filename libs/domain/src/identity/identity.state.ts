import { assertNever } from '../assert-never';
import type { IdentityEvent } from './identity.events';

/** Who holds the number now (null: free), and since when. */
export type IdentityState = { holder: string | null; registeredAt: string | null };

export const initialIdentityState = (): IdentityState => ({ holder: null, registeredAt: null });

export function evolveIdentity(state: IdentityState, event: IdentityEvent): IdentityState {
  switch (event.type) {
    case 'IdNumberRegistered':
      return { holder: event.data.customerId, registeredAt: event.data.registeredAt };
    case 'IdNumberReleased':
      return state.holder === event.data.customerId ? initialIdentityState() : state;
    default:
      return assertNever(event);
  }
}
