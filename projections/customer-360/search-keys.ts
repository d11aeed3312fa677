import { type Customer, normalisedIdNumber } from '@ledger/domain';

/**
 * Name prefixes indexed per customer, in characters after NFKC: a query longer than this is
 * refused (`q`), never matched on a shorter prefix and filtered after. Changing it changes the
 * documents: bump the projection version.
 */
export const NAME_PREFIX_CHARS = 16;

/** What GET /customers?idNumber=&phone=&q= match on; the read store keeps each as a keyed blind index (ADR 0034). */
export type CustomerSearchKeys = {
  idNumberKey: string | null;
  phoneKey: string | null;
  namePrefixes: string[];
};

/** A name as it is searched: NFKC (full-width Latin and digits fold), no spaces, Latin letters lower-cased. */
export function normalisedName(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

/**
 * A phone as it is matched: digits only, and a mainland mobile (11 digits from 1) with its
 * country code, so `139 1234 5678` and `+86 139-1234-5678` are one number.
 */
export function normalisedPhone(phone: string): string {
  const digits = phone.normalize('NFKC').replace(/\D/g, '');
  return /^1\d{10}$/.test(digits) ? `86${digits}` : digits;
}

/** Every prefix of the normalised name up to NAME_PREFIX_CHARS characters (code points, not UTF-16 units). */
export function namePrefixesOf(name: string): string[] {
  const chars = [...normalisedName(name)].slice(0, NAME_PREFIX_CHARS);
  return chars.map((_, i) => chars.slice(0, i + 1).join(''));
}

/** The indexed prefix a query `q` matches: normalised, at most NAME_PREFIX_CHARS characters. */
export function namePrefixOf(q: string): string {
  return [...normalisedName(q)].slice(0, NAME_PREFIX_CHARS).join('');
}

/** None once the personal data is erased: an erased customer cannot be found by who it was. */
export function customerSearchKeys(customer: Customer): CustomerSearchKeys {
  if (customer.status === 'erased' || (customer.erasure?.erasedAt ?? null) !== null)
    return { idNumberKey: null, phoneKey: null, namePrefixes: [] };
  return {
    idNumberKey: normalisedIdNumber(customer.idNumber),
    phoneKey: normalisedPhone(customer.phone),
    namePrefixes: namePrefixesOf(customer.name),
  };
}
