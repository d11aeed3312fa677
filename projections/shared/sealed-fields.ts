import type { SealedPaths } from '@ledger/event-store';

/** The customer's identity as the domain's state keeps it: what PERSONAL_FIELDS seals in these events. */
const IDENTITY = ['name', 'idNumber', 'phone', 'email', 'birthDate'];

/** A read model built on the customer's state: it reads the identity, never free text or requestHash. */
export const READS_CUSTOMER_IDENTITY: SealedPaths = {
  CustomerOnboarded: IDENTITY,
  CustomerProfileUpdated: IDENTITY,
};

/** A read model that reads no sealed field: a stream pass decrypts nothing for it. */
export const READS_NO_SEALED_FIELD: SealedPaths = {};
