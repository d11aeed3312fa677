import type { GiveConsent, WithdrawConsent } from '../commands/customer-command';
import type { ConsentGiven, ConsentWithdrawn } from '../events/customer.events';
import type { Customer } from '../state/customer-state';
import { businessTime } from './guards';

/** Consent already given records nothing: a repeated request changes no fact. */
export function giveConsent(command: GiveConsent, customer: Customer): ConsentGiven[] {
  if (customer.consent[command.purpose] === true) return [];
  return [
    {
      type: 'ConsentGiven',
      schemaVersion: 1,
      data: {
        customerId: customer.customerId,
        purpose: command.purpose,
        at: businessTime(command.at, command.now, 'at'),
      },
    },
  ];
}

/** Consent never given, or already withdrawn, records nothing. */
export function withdrawConsent(command: WithdrawConsent, customer: Customer): ConsentWithdrawn[] {
  if (customer.consent[command.purpose] !== true) return [];
  return [
    {
      type: 'ConsentWithdrawn',
      schemaVersion: 1,
      data: {
        customerId: customer.customerId,
        purpose: command.purpose,
        at: businessTime(command.at, command.now, 'at'),
      },
    },
  ];
}
