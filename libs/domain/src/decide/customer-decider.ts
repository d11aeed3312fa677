import type { CustomerCommand } from '../commands/customer-command';
import type { CustomerEvent } from '../events/customer-event';
import { type CustomerState, initialState } from '../state/customer-state';
import { evolve } from '../state/evolve';
import { decide } from './decide';

/** The decider triple in one value, for generic command-handling code. */
export const customerDecider: {
  initialState: () => CustomerState;
  evolve: (state: CustomerState, event: CustomerEvent) => CustomerState;
  decide: (command: CustomerCommand, state: CustomerState) => CustomerEvent[];
} = { initialState, evolve, decide: (command, state) => decide(command, state) };
