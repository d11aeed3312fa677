import type { SealedPaths } from '@ledger/event-store';

/** The customer's identity as the domain's state keeps it: what PERSONAL_FIELDS seals in these events. */
const IDENTITY = ['name', 'idNumber', 'phone', 'email', 'birthDate'];
/** Seed 001 profile fields about the person (ADR 0028), sealed like the identity. */
const PROFILE = ['occupation', 'gender', 'education', 'address'];
/** Seed 003 更正: the corrected identity values; the reason is free text no read model shows. */
const CORRECTED = ['name', 'idNumber', 'birthDate'];

/**
 * A read model built on the customer's state: it reads the identity (and its corrections, which the
 * state folds: a corrected birth date moves the birthday call), never free text or requestHash.
 */
export const READS_CUSTOMER_IDENTITY: SealedPaths = {
  CustomerOnboarded: IDENTITY,
  CustomerProfileUpdated: IDENTITY,
  PersonalDataCorrected: CORRECTED,
};

/**
 * The 360 view: the identity, the profile fields, the notes of its recent contacts (ADR 0028) and
 * the dealing mandate's authorised callers, which its state folds (sealed again at rest, never shown).
 */
export const READS_CUSTOMER_PROFILE: SealedPaths = {
  CustomerOnboarded: [...IDENTITY, ...PROFILE],
  CustomerProfileUpdated: [...IDENTITY, ...PROFILE],
  PersonalDataCorrected: CORRECTED,
  ContactLogged: ['notes'],
  PhoneAuthorisationLodged: ['authorisedCallers'],
};

/** A read model that reads no sealed field: a stream pass decrypts nothing for it. */
export const READS_NO_SEALED_FIELD: SealedPaths = {};
