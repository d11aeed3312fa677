import {
  addMonths,
  type Customer,
  DEFAULT_POLICIES,
  type DomainPolicies,
  lastActivityAt,
  maturityReminders,
  nextContactDue,
} from '@ledger/domain';
import type { Customer360Keys } from './customer-360.document';

// lastActivityAt ignores activity after its `now`; at the end of time it is simply the latest.
const END_OF_TIME = '9999-12-31T23:59:59.999Z';

type LifecycleKeys = Pick<Customer360Keys, 'growingFrom' | 'matureFrom' | 'seniorAfter'>;

/** The filterable facts of a customer, each computed by the domain policy that owns the rule. */
export function customer360Keys(
  customer: Customer,
  previous: LifecycleKeys | null,
  policies: DomainPolicies = DEFAULT_POLICIES,
): Customer360Keys {
  const active = customer.status === 'active';
  return {
    segment: customer.segment,
    tier: customer.tier,
    relationshipManagerId: customer.relationshipManagerId,
    status: active ? 'active' : 'offboarded',
    nextContactDue: active ? nextContactDue(customer, policies.contactCadence) : null,
    lastActivityAt: lastActivityAt(customer, END_OF_TIME),
    maturityDates: maturityReminders(customer, policies.maturityReminder).map(
      (reminder) => reminder.maturityDate,
    ),
    // Onboarding never moves, so neither do these: computed once, carried from then on.
    ...(previous === null ? lifecycleKeys(customer.onboardedAt, policies) : pickLifecycle(previous)),
  };
}

/** The same calendar arithmetic lifecycleStage uses, so a range query agrees with it to the millisecond. */
function lifecycleKeys(onboardedAt: string, { lifecycle }: DomainPolicies): LifecycleKeys {
  return {
    growingFrom: addMonths(onboardedAt, lifecycle.growingFromMonths),
    matureFrom: addMonths(onboardedAt, lifecycle.matureFromMonths),
    seniorAfter: addMonths(onboardedAt, lifecycle.seniorAfterMonths),
  };
}

function pickLifecycle({ growingFrom, matureFrom, seniorAfter }: LifecycleKeys): LifecycleKeys {
  return { growingFrom, matureFrom, seniorAfter };
}
