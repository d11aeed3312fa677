import { ERASED_MARKER } from '@ledger/domain';
import type { Customer360View } from './customer-360.view';

type Visibility = { idNumber: 'full' | 'masked'; phone: 'full' | 'masked' };

/**
 * Who sees which identifiers in full (DESIGN §5: mask them for roles that do not need them).
 * Relationship managers call their customers, so they see the phone; the call center confirms a
 * caller by the last digits; auditors and admins see everything. Any other role sees masks.
 */
export const CUSTOMER_360_VISIBILITY: Readonly<Record<string, Visibility>> = {
  admin: { idNumber: 'full', phone: 'full' },
  auditor: { idNumber: 'full', phone: 'full' },
  'relationship-manager': { idNumber: 'masked', phone: 'full' },
  'call-center': { idNumber: 'masked', phone: 'masked' },
  'committee-member': { idNumber: 'masked', phone: 'masked' },
};

const NOTHING_IN_FULL: Visibility = { idNumber: 'masked', phone: 'masked' };

function visibilityOf(role: string): Visibility {
  return (
    (Object.hasOwn(CUSTOMER_360_VISIBILITY, role) ? CUSTOMER_360_VISIBILITY[role] : undefined) ??
    NOTHING_IN_FULL
  );
}

/** "110101199003071234" → "****1234"; an erased value stays the erasure marker. */
export function maskIdentifier(value: string): string {
  if (value === ERASED_MARKER) return value;
  return `****${value.length > 4 ? value.slice(-4) : ''}`;
}

/**
 * Who reads other customers' names in full in a 360 view (household members, related parties):
 * those who serve the family or the company's people. Anyone else sees the first character only.
 */
export const OTHER_CUSTOMER_NAMES_IN_FULL: readonly string[] = [
  'admin',
  'auditor',
  'relationship-manager',
  'call-center',
];

/** "王小明" → "王**"; an erased value stays the erasure marker. */
export function maskName(value: string): string {
  if (value === ERASED_MARKER) return value;
  const characters = [...value];
  return `${characters[0] ?? ''}${'*'.repeat(Math.max(characters.length - 1, 1))}`;
}

/** The view as a caller with these roles may see it: each field in full if any of the roles may. */
export function maskCustomer360(view: Customer360View, roles: string | readonly string[]): Customer360View {
  const granted = listed(roles).map(visibilityOf);
  const full = (field: keyof Visibility) => granted.some((visibility) => visibility[field] === 'full');
  const names = listed(roles).some((role) => OTHER_CUSTOMER_NAMES_IN_FULL.includes(role));
  const name = (value: string) => (names ? value : maskName(value));
  return {
    ...view,
    household:
      view.household === null
        ? null
        : {
            ...view.household,
            // The viewed customer's own entry reads as the view's name does.
            members: view.household.members.map((member) => ({
              ...member,
              name: member.customerId === view.customerId ? member.name : name(member.name),
            })),
          },
    relatedParties: view.relatedParties.map((party) => ({ ...party, name: name(party.name) })),
    idNumber: full('idNumber') ? view.idNumber : maskIdentifier(view.idNumber),
    phone: full('phone') ? view.phone : maskIdentifier(view.phone),
  };
}

function listed(roles: string | readonly string[]): readonly string[] {
  return typeof roles === 'string' ? [roles] : roles;
}
