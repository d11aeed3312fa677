import { type Aggregate, decidedBy, type StoredEventShape } from '../aggregate/aggregate';
import type { IdentityCommand } from './identity.commands';
import { decideIdentity } from './identity.decider';
import { type IdentityEvent, identityOccurredAtOf, isIdentityEventType } from './identity.events';
import { evolveIdentity, type IdentityState, initialIdentityState } from './identity.state';

export const IDENTITY_STREAM_PREFIX = 'identity-';

export function identityEventOf(recorded: StoredEventShape): IdentityEvent | null {
  if (!isIdentityEventType(recorded.type)) return null;
  return { type: recorded.type, schemaVersion: 1, data: recorded.data } as IdentityEvent;
}

/** The register of one idNumber (`identity-<blind index>`), for the command path (ADR 0025). */
export const identityAggregate: Aggregate<IdentityCommand, IdentityEvent, IdentityState> = {
  category: IDENTITY_STREAM_PREFIX.slice(0, -1),
  idOf: (command) => command.index,
  initialState: initialIdentityState,
  evolve: evolveIdentity,
  decide: (command, state, policies) =>
    decidedBy(decideIdentity(command, state, policies.identityRegister), command.actor, identityOccurredAtOf),
  eventOf: identityEventOf,
};
