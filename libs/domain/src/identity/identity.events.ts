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

/** The onboarding that registered the number was refused: the number is free again. */
export type IdNumberReleased = {
  type: 'IdNumberReleased';
  schemaVersion: 1;
  data: { customerId: string; releasedAt: string };
};

export type IdentityEvent = IdNumberRegistered | IdNumberReleased;

export const IDENTITY_EVENT_TYPES = ['IdNumberRegistered', 'IdNumberReleased'] as const;

export function isIdentityEventType(type: string): type is IdentityEvent['type'] {
  return (IDENTITY_EVENT_TYPES as readonly string[]).includes(type);
}

export function identityOccurredAtOf(event: IdentityEvent): string {
  return event.type === 'IdNumberRegistered' ? event.data.registeredAt : event.data.releasedAt;
}
