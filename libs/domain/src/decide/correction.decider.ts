import type { CorrectPersonalData, ReactivateCustomer } from '../commands/customer-command';
import type { CustomerReactivated, PersonalDataCorrected } from '../events/customer.events';
import { PersonalDataAlreadyErased } from '../errors/erasure.errors';
import {
  CustomerNotOffboarded,
  ReactivationAfterErasure,
  RetentionEnded,
} from '../errors/reactivation.errors';
import { optional } from '../json';
import type { DomainPolicies } from '../policies/domain-policies';
import { retentionEndsAt } from '../policies/retention.policy';
import type { Customer } from '../state/customer-state';
import { toMs } from '../time';
import { CORRECTABLE_FIELDS } from '../vocabulary';
import { calendarDate, instant } from './guards';

/**
 * Seed 003 更正: records the fields whose corrected value differs from what is on file; a
 * correction that changes nothing records nothing. Allowed after offboarding (PIPL art. 46 holds
 * for the records the bank keeps), never after erasure: nothing is left to correct.
 */
export function correctPersonalData(
  command: CorrectPersonalData,
  customer: Customer,
): PersonalDataCorrected[] {
  if (customer.status === 'erased') throw new PersonalDataAlreadyErased(customer.customerId);
  const { corrections } = command;
  const birthDate =
    corrections.birthDate === undefined ? undefined : calendarDate(corrections.birthDate, 'birthDate');
  const wanted = { ...corrections, ...optional('birthDate', birthDate) };
  const correctedFields = CORRECTABLE_FIELDS.filter(
    (field) => wanted[field] !== undefined && wanted[field] !== customer[field],
  );
  if (correctedFields.length === 0) return [];
  const value = (field: (typeof CORRECTABLE_FIELDS)[number]) =>
    optional(field, correctedFields.includes(field) ? wanted[field] : undefined);
  return [
    {
      type: 'PersonalDataCorrected',
      schemaVersion: 1,
      data: {
        customerId: customer.customerId,
        correctedFields,
        ...value('name'),
        ...value('idNumber'),
        ...value('birthDate'),
        reason: command.reason,
        correctedBy: command.actor.id,
        correctedAt: instant(command.now, 'now'),
      },
    },
  ];
}

/**
 * Win-back (赢回流失客户): an offboarded customer comes back while the bank still keeps its
 * records, i.e. strictly before retention ends — the instant erasure may execute.
 */
export function reactivateCustomer(
  command: ReactivateCustomer,
  customer: Customer,
  policies: DomainPolicies,
): [CustomerReactivated] {
  const { customerId } = customer;
  if (customer.status === 'active') throw new CustomerNotOffboarded(customerId);
  if (customer.status === 'erased') throw new ReactivationAfterErasure(customerId, 'erased');
  if (customer.status === 'restricted') throw new ReactivationAfterErasure(customerId, 'erasure-requested');
  // An offboarded customer always has offboardedAt; a state without it has nothing to measure from.
  const offboardedAt = customer.offboardedAt ?? customer.onboardedAt;
  const endsAt = retentionEndsAt(offboardedAt, policies.retention);
  const now = instant(command.now, 'now');
  if (toMs(now) >= toMs(endsAt)) throw new RetentionEnded(customerId, endsAt);
  return [
    {
      type: 'CustomerReactivated',
      schemaVersion: 1,
      data: {
        customerId,
        reason: command.reason,
        offboardedAt,
        retentionEndsAt: endsAt,
        reactivatedBy: command.actor.id,
        reactivatedAt: now,
        policyVersion: policies.retention.policyVersion,
      },
    },
  ];
}
