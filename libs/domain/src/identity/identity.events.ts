import type { ReleaseReason } from './identity.commands';

/**
 * The register of identity numbers on file (`identity-<blind index>`): one stream per normalised
 * idNumber, named by its keyed digest, so appending at `no_stream` is the uniqueness check.
 * Events hold customer ids only, never the number.
 */
export type IdNumberRegistered = {
  type: 'IdNumberRegistered';
  schemaVersion: 1;
  data: { customerId: string; registeredAt: string };
};

/**
 * The number is free again: the onboarding that registered it was refused, or a correction gave
 * the customer another number (`reason`, absent on events recorded before corrections existed).
 */
export type IdNumberReleased = {
  type: 'IdNumberReleased';
  schemaVersion: 1;
  data: { customerId: string; releasedAt: string; reason?: ReleaseReason };
};

export type IdentityEvent = IdNumberRegistered | IdNumberReleased;

export const IDENTITY_EVENT_TYPES = ['IdNumberRegistered', 'IdNumberReleased'] as const;

export function isIdentityEventType(type: string): type is IdentityEvent['type'] {
  return (IDENTITY_EVENT_TYPES as readonly string[]).includes(type);
}

export function identityOccurredAtOf(event: IdentityEvent): string {
  return event.type === 'IdNumberRegistered' ? event.data.registeredAt : event.data.releasedAt;
}
