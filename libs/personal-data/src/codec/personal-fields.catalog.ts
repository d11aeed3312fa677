/**
 * The one place that says which fields of which event type are personal data (DESIGN §5).
 * Paths are dotted field names inside `data` ('phone', or 'contact.phone' for a nested object).
 * A field listed here is encrypted whenever it is present and not null; everything else is stored
 * as given. Removing a field from this list later is safe: reads decrypt any encrypted value they
 * meet, listed or not.
 */
export type PersonalFieldCatalog = Readonly<Record<string, readonly string[]>>;

/** The identity fields of a customer; any event that carries one of them must list it. */
export const IDENTITY_FIELDS = ['name', 'idNumber', 'phone', 'email', 'birthDate'] as const;

/**
 * Seed 001 profile fields about the person (issue 17): encrypted like the identity. Interests,
 * preferred channel, risk profile and expected return are preferences, kept readable: they
 * are lists and enums the read side matches on, and erasure's marker is a string.
 */
export const PROFILE_PERSONAL_FIELDS = ['occupation', 'gender', 'education', 'address'] as const;

export const PERSONAL_FIELDS: PersonalFieldCatalog = {
  CustomerOnboarded: [...IDENTITY_FIELDS, ...PROFILE_PERSONAL_FIELDS],
  // Only phone and email are editable today; the rest are listed so a new editable field stays covered.
  CustomerProfileUpdated: [...IDENTITY_FIELDS, ...PROFILE_PERSONAL_FIELDS],
  // Seed 003 更正: the corrected values, and the reason, which quotes them more often than not.
  PersonalDataCorrected: ['name', 'idNumber', 'birthDate', 'reason'],
  // Free text written during a conversation with the customer routinely contains personal data.
  ContactLogged: ['notes'],
  ServiceRequestOpened: ['description'],
  // Who may instruct by phone, and who did (ADR 0029): named people of the corporate customer.
  PhoneAuthorisationLodged: ['authorisedCallers'],
  PhoneAuthorisationVerified: ['caller'],
  PhoneAuthorisationMissing: ['caller'],
};

export function personalFieldsOf(catalog: PersonalFieldCatalog, eventType: string): readonly string[] {
  return Object.prototype.hasOwnProperty.call(catalog, eventType) ? (catalog[eventType] ?? []) : [];
}
