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

export const PERSONAL_FIELDS: PersonalFieldCatalog = {
  CustomerOnboarded: IDENTITY_FIELDS,
  // Only phone and email are editable today; the rest are listed so a new editable field stays covered.
  CustomerProfileUpdated: IDENTITY_FIELDS,
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
