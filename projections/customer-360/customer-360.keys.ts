import {
  type Customer,
  type DomainPolicies,
  flagWindows,
  lastActivityAt,
  lifecycleBoundaries,
  MINING_FLAGS,
  maturityReminders,
  nextContactDue,
} from '@ledger/domain';
import type { Customer360Document, Customer360Keys, FlagWindowKey } from './customer-360.document';

// lastActivityAt ignores activity after its `now`; at the end of time it is simply the latest.
const END_OF_TIME = '9999-12-31T23:59:59.999Z';

type LifecycleKeys = Pick<Customer360Keys, 'growingFrom' | 'matureFrom' | 'seniorAfter'>;

/** The filterable facts of a customer, each computed by the domain policy that owns the rule. */
export function customer360Keys(
  customer: Customer,
  previous: LifecycleKeys | null,
  policies: DomainPolicies,
): Customer360Keys {
  const active = customer.status === 'active';
  // Onboarding never moves, so neither do these: computed once, carried from then on.
  const lifecycle = previous ?? lifecycleKeys(customer.onboardedAt, policies);
  return {
    segment: customer.segment,
    tier: customer.tier,
    relationshipManagerId: customer.relationshipManagerId,
    status: active ? 'active' : 'offboarded',
    nextContactDue: active ? nextContactDue(customer, policies.contactCadence, policies.currencyRates) : null,
    lastActivityAt: lastActivityAt(customer, END_OF_TIME),
    maturityDates: maturityDatesOf(customer, policies),
    growingFrom: lifecycle.growingFrom,
    matureFrom: lifecycle.matureFrom,
    seniorAfter: lifecycle.seniorAfter,
    ...flagKeys(customer, policies),
    winBackFrom: winBackFrom(customer),
  };
}

/**
 * customer360Keys after one event, under the policies the previous keys were computed by:
 * a key whose inputs the event left as they were is carried, not recomputed. States are never
 * mutated, so the same holdings object means the same holdings.
 */
export function customer360KeysAfter(
  customer: Customer,
  previous: Customer360Document | null,
  policies: DomainPolicies,
): Customer360Keys {
  if (previous === null) return customer360Keys(customer, null, policies);
  const before = previous.customer;
  const active = customer.status === 'active';
  const sameContact =
    customer.lastContactAt === before.lastContactAt && customer.onboardedAt === before.onboardedAt;
  const sameHoldings = customer.holdings === before.holdings;
  const sameActivity =
    sameHoldings &&
    customer.lastBalanceChangeAt === before.lastBalanceChangeAt &&
    customer.onboardedAt === before.onboardedAt;
  const sameAssets = customer.totalFinancialAssets.amountMinor === before.totalFinancialAssets.amountMinor;
  const carryDue = active && previous.status === 'active' && sameContact && sameAssets && sameHoldings;
  // Every fact a mining flag policy reads (ADR 0023); most events (contacts) touch none.
  const sameFlagFacts =
    sameActivity &&
    sameAssets &&
    customer.status === before.status &&
    customer.serviceRequests === before.serviceRequests &&
    customer.lastLargeMovement === before.lastLargeMovement &&
    customer.lastValuationAt === before.lastValuationAt &&
    customer.tier === before.tier &&
    customer.tierSince === before.tierSince &&
    customer.consent.profiling === before.consent.profiling;
  const cadence = policies.contactCadence;
  return {
    segment: customer.segment,
    tier: customer.tier,
    relationshipManagerId: customer.relationshipManagerId,
    status: active ? 'active' : 'offboarded',
    nextContactDue: carryDue
      ? previous.nextContactDue
      : active
        ? nextContactDue(customer, cadence, policies.currencyRates)
        : null,
    lastActivityAt: sameActivity ? previous.lastActivityAt : lastActivityAt(customer, END_OF_TIME),
    maturityDates: sameHoldings ? previous.maturityDates : maturityDatesOf(customer, policies),
    growingFrom: previous.growingFrom,
    matureFrom: previous.matureFrom,
    seniorAfter: previous.seniorAfter,
    ...(sameFlagFacts
      ? { flagWindows: previous.flagWindows, flagNames: previous.flagNames }
      : flagKeys(customer, policies)),
    winBackFrom: winBackFrom(customer),
  };
}

/** Only an offboarded customer with no erasure requested may be reactivated (ADR 0028). */
function winBackFrom(customer: Customer): string | null {
  return customer.status === 'offboarded' ? customer.offboardedAt : null;
}

/** Only what the filter compares: the view judges rule and inputs from the state itself. */
function flagKeys(
  customer: Customer,
  policies: DomainPolicies,
): Pick<Customer360Keys, 'flagWindows' | 'flagNames'> {
  const windows: FlagWindowKey[] = flagWindows(customer, policies).map(({ flag, from, until }) => ({
    flag,
    from,
    until,
  }));
  return {
    flagWindows: windows,
    flagNames: MINING_FLAGS.filter((flag) => windows.some((w) => w.flag === flag)),
  };
}

function maturityDatesOf(customer: Customer, policies: DomainPolicies): string[] {
  return maturityReminders(customer, policies.maturityReminder).map((reminder) => reminder.maturityDate);
}

/** lifecycleStage's own boundaries, so a range query agrees with it to the millisecond. */
function lifecycleKeys(onboardedAt: string, { lifecycle }: DomainPolicies): LifecycleKeys {
  return lifecycleBoundaries(onboardedAt, lifecycle);
}
