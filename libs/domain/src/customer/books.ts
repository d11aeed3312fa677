import type { Actor } from '../actor';
import { type CustomerState, isOnboarded } from '../state/customer-state';

/** The role whose commands are confined to its own book of customers (issue 15 §4). */
export const RELATIONSHIP_MANAGER_ROLE = 'relationship-manager';

/**
 * Whether the actor may command this customer: a relationship manager only the customers it
 * manages (and any id not yet onboarded, to onboard it); every other role its route admits.
 */
export function inBooksOf(state: CustomerState, actor: Actor): boolean {
  if (actor.role !== RELATIONSHIP_MANAGER_ROLE || !isOnboarded(state)) return true;
  return state.relationshipManagerId === actor.id;
}
