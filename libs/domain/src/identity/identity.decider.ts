import { assertNever } from '../assert-never';
import { DuplicateCustomer } from '../errors/identity.errors';
import type { IdentityRegisterPolicy } from '../policies/identity-register.policy';
import { toMs } from '../time';
import type { IdentityCommand, RegisterIdNumber } from './identity.commands';
import type { IdentityEvent } from './identity.events';
import type { IdentityState } from './identity.state';

export function decideIdentity(
  command: IdentityCommand,
  state: IdentityState,
  policy: IdentityRegisterPolicy,
): IdentityEvent[] {
  switch (command.type) {
    case 'RegisterIdNumber':
      return register(command, state, policy);
    case 'ReleaseIdNumber':
      // Only the registration of this customer is undone; a later holder keeps the number.
      if (state.holder !== command.customerId) return [];
      return [
        {
          type: 'IdNumberReleased',
          schemaVersion: 1,
          data: { customerId: command.customerId, releasedAt: command.now, reason: command.reason },
        },
      ];
    default:
      return assertNever(command);
  }
}

function register(
  command: RegisterIdNumber,
  state: IdentityState,
  policy: IdentityRegisterPolicy,
): IdentityEvent[] {
  // A retry of the same onboarding: already registered, nothing to record.
  if (state.holder === command.customerId) return [];
  if (state.holder !== null && !isAbandoned(command, state, policy))
    throw new DuplicateCustomer(state.holder);
  return [
    {
      type: 'IdNumberRegistered',
      schemaVersion: 1,
      data: { customerId: command.customerId, registeredAt: command.now },
    },
  ];
}

/**
 * A registration whose onboarding never got recorded (the process stopped between the two appends)
 * may be taken over once the policy's time has passed: sooner, the holder's onboarding may still be
 * on its way (a concurrent request). Only facts about this very holder count; anything unknown keeps
 * the number taken.
 */
function isAbandoned(
  command: RegisterIdNumber,
  state: IdentityState,
  policy: IdentityRegisterPolicy,
): boolean {
  const facts = command.holder;
  if (facts === null || facts.customerId !== state.holder || facts.onboarded) return false;
  if (state.registeredAt === null) return false;
  return toMs(command.now) - toMs(state.registeredAt) >= policy.abandonedAfterSeconds * 1000;
}
