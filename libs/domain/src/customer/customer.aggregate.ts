import { type Actor, SYSTEM_ACTOR } from '../actor';
import { type Aggregate, decidedBy } from '../aggregate/aggregate';
import type { CustomerCommand } from '../commands/customer-command';
import { CUSTOMER_STREAM_PREFIX, customerEventOf } from '../customer-stream';
import { decide } from '../decide/decide';
import { CustomerNotFound } from '../errors/customer.errors';
import { type CustomerEvent, occurredAtOf } from '../events/customer-event';
import { type CustomerState, initialState, isOnboarded } from '../state/customer-state';
import { evolve, evolveAll } from '../state/evolve';
import { inBooksOf } from './books';

/** An automatic decision (a retail tier following assets) is the system's, caused by the caller's command. */
function actorOf(event: CustomerEvent, caller: Actor): Actor {
  return event.type === 'TierReassessed' && event.data.decidedBy === SYSTEM_ACTOR.id ? SYSTEM_ACTOR : caller;
}

/** The customer (`customer-<id>`): the decider of DESIGN §2 as one value for the command path. */
export const customerAggregate: Aggregate<CustomerCommand, CustomerEvent, CustomerState> = {
  category: CUSTOMER_STREAM_PREFIX.slice(0, -1),
  idOf: (command) => command.customerId,
  initialState,
  evolve,
  evolveAll,
  decide: (command, state, policies) => {
    // Outside the actor's books the customer does not exist: the same refusal as an unknown id (ADR 0015).
    if (!inBooksOf(state, command.actor)) throw new CustomerNotFound(command.customerId);
    return decidedBy(decide(command, state, policies), command.actor, occurredAtOf, actorOf);
  },
  eventOf: customerEventOf,
  /**
   * From an erasure request on, a folded state is never kept: its key may be destroyed at any
   * moment, and a kept state would go on serving the plaintext it decrypted.
   */
  cacheable: (state) => !(isOnboarded(state) && state.erasure !== null),
};
