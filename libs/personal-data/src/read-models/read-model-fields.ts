/**
 * Which fields of which read model hold personal data: the read-side twin of PERSONAL_FIELDS.
 * Keys are logical collections (the aliases queries read); paths are dotted inside the document.
 * Every listed collection is keyed by its data subject: a document's _id is the customer's id, so
 * its fields are sealed under that customer's key and shredded with it.
 */
export type ReadModelFieldCatalog = Readonly<Record<string, readonly string[]>>;

const CUSTOMER_IDENTITY = [
  ...[
    'name',
    'idNumber',
    'phone',
    'email',
    'birthDate',
    // Seed 001 profile fields about the person (issue 17).
    'occupation',
    'gender',
    'education',
    'address',
  ].map((name) => `customer.${name}`),
  // Who may instruct by phone (ADR 0029): named people, in the folded dealing mandate.
  'customer.dealing.phoneAuthorisation.authorisedCallers',
];

export const READ_MODEL_PERSONAL_FIELDS: ReadModelFieldCatalog = {
  // projections/customer-360: the domain's customer state, identity fields included.
  // recentContacts: the last contacts with their notes (seed 004 历史咨询记录), free text.
  customers: [...CUSTOMER_IDENTITY, 'recentContacts'],
  // projections/worklist: due contacts read the birth date for greetings; the rest is blanked there.
  worklist_customers: CUSTOMER_IDENTITY,
};

/** A build's physical collection (customers_v3, customers_v3_r2) → its logical name (customers). */
export function logicalCollectionOf(collection: string): string {
  return collection.replace(/_v\d+(_r\d+)?$/, '');
}

export function readModelFieldsOf(catalog: ReadModelFieldCatalog, collection: string): readonly string[] {
  const logical = logicalCollectionOf(collection);
  return Object.prototype.hasOwnProperty.call(catalog, logical) ? (catalog[logical] ?? []) : [];
}

/**
 * Top-level fields derived from personal data that a query must match on: stored as a keyed
 * blind index (blind-index.ts), matched by equality or $in. The worklist's birthday month-day
 * ('MM-DD') is part of a birth date; the greeting query names the month-days it wants.
 */
export const READ_MODEL_BLIND_INDEXES: ReadModelFieldCatalog = {
  worklist_customers: ['birthdayMonthDay'],
  // Finding a customer (ADR 0034): the normalised idNumber and phone, and each name prefix.
  customers: ['idNumberKey', 'phoneKey', 'namePrefixes'],
};
