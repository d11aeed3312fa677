import { type Customer, isRepayable } from '@ledger/domain';

/**
 * The state due contacts read: assets, last contact, large movement, birth date and the holdings
 * that will mature or fall due for repayment. The rest, personal data included, stays out of the worklist. `previous` is
 * the facts the event was folded from, whose holdings are already the maturing ones.
 */
export function worklistFacts(customer: Customer, previous: Customer | null = null): Customer {
  const holdings =
    previous !== null && customer.holdings === previous.holdings
      ? customer.holdings
      : maturing(customer.holdings);
  if (holdings === customer.holdings && isTrimmed(customer)) return customer; // most events change nothing trimmed
  return {
    ...customer,
    // Items name the customer by id: of the personal data only the birth date is kept, for greetings.
    name: '',
    idNumber: '',
    phone: '',
    email: null,
    occupation: null,
    gender: null,
    education: null,
    address: null,
    interests: [],
    holdings,
    contacts: {},
    contributions: {},
    tierReviews: {},
    serviceRequests: {},
    // Who may instruct by phone, the seal and the facility are no contact's business (ADR 0029).
    dealing: NO_MANDATE,
  };
}

const NO_MANDATE: Customer['dealing'] = {
  sealSpecimen: null,
  phoneAuthorisation: null,
  creditFacility: null,
};

/**
 * The active holdings with a maturity date, and the loans and cards (their repayment dates come
 * later, folded onto these facts); the same object when that is all of them.
 */
function maturing(holdings: Customer['holdings']): Customer['holdings'] {
  const all = Object.values(holdings);
  const kept = all.filter(
    (holding) =>
      holding.status === 'active' && (holding.maturityDate !== null || isRepayable(holding.productType)),
  );
  return kept.length === all.length
    ? holdings
    : Object.fromEntries(kept.map((holding) => [holding.holdingId, holding]));
}

/** Whether worklistFacts' trimming would leave every field but the holdings as it is. */
function isTrimmed(customer: Customer): boolean {
  return (
    customer.name === '' &&
    customer.idNumber === '' &&
    customer.phone === '' &&
    customer.email === null &&
    customer.occupation === null &&
    (customer.gender ?? null) === null &&
    (customer.education ?? null) === null &&
    (customer.address ?? null) === null &&
    customer.interests.length === 0 &&
    isEmpty(customer.contacts) &&
    isEmpty(customer.contributions) &&
    isEmpty(customer.tierReviews) &&
    isEmpty(customer.serviceRequests) &&
    customer.dealing.sealSpecimen === null &&
    customer.dealing.phoneAuthorisation === null &&
    customer.dealing.creditFacility === null
  );
}

function isEmpty(record: Record<string, unknown>): boolean {
  for (const _key in record) return false;
  return true;
}
