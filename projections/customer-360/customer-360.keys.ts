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

/** The filterable facts of a customer, each computed by the domain policy that owns the rule. */
export function customer360Keys(
  customer: Customer,
  policies: DomainPolicies = DEFAULT_POLICIES,
): Customer360Keys {
  const active = customer.status === 'active';
  const { growingFromMonths, matureFromMonths, seniorAfterMonths } = policies.lifecycle;
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
    // The same calendar arithmetic lifecycleStage uses, so a range query agrees with it to the millisecond.
    growingFrom: addMonths(customer.onboardedAt, growingFromMonths),
    matureFrom: addMonths(customer.onboardedAt, matureFromMonths),
    seniorAfter: addMonths(customer.onboardedAt, seniorAfterMonths),
  };
}
