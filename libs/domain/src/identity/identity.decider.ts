import { assertNever } from '../assert-never';
import { DuplicateCustomer } from '../errors/identity.errors';
import type { IdentityCommand, RegisterIdNumber } from './identity.commands';
import type { IdentityEvent } from './identity.events';
import type { IdentityState } from './identity.state';

export function decideIdentity(command: IdentityCommand, state: IdentityState): IdentityEvent[] {
  switch (command.type) {
    case 'RegisterIdNumber':
      return register(command, state);
    case 'ReleaseIdNumber':
      // Only the registration of this customer is undone; a later holder keeps the number.
      if (state.holder !== command.customerId) return [];
      return [
        {
          type: 'IdNumberReleased',
          schemaVersion: 1,
          data: { customerId: command.customerId, releasedAt: command.now },
        },
      ];
    default:
      return assertNever(command);
  }
}

function register(command: RegisterIdNumber, state: IdentityState): IdentityEvent[] {
  // A retry of the same onboarding: already registered, nothing to record.
  if (state.holder === command.customerId) return [];
  if (state.holder !== null && !holderLeftNoCustomer(command, state.holder))
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
 * may be taken over; only facts about this very holder count, anything unknown keeps the number taken.
 */
function holderLeftNoCustomer(command: RegisterIdNumber, holder: string): boolean {
  return command.holder !== null && command.holder.customerId === holder && !command.holder.onboarded;
}
