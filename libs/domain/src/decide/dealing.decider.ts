import type {
  ChangeCreditFacility,
  GrantCreditFacility,
  LodgePhoneAuthorisation,
  LodgeSealSpecimen,
} from '../commands/customer-command';
import {
  CorporateCustomerOnly,
  CreditFacilityAlreadyGranted,
  CreditFacilityNotFound,
  EmptyMandate,
  ValidityBeforeLodging,
} from '../errors/dealing.errors';
import type {
  CreditFacilityChanged,
  CreditFacilityGranted,
  PhoneAuthorisationLodged,
  SealSpecimenLodged,
} from '../events/dealing.events';
import type { Customer } from '../state/customer-state';
import { toMs } from '../time';
import { businessTime, instant, validMoney } from './guards';

function corporate(customer: Customer, what: string): Customer {
  if (customer.segment !== 'corporate') throw new CorporateCustomerOnly(customer.customerId, what);
  return customer;
}

/** A validity end after the time the mandate is recorded at. */
function validAfter(value: string, at: string, field: string): string {
  const until = instant(value, field);
  if (toMs(until) <= toMs(at)) throw new ValidityBeforeLodging(field);
  return until;
}

export function lodgeSealSpecimen(command: LodgeSealSpecimen, customer: Customer): [SealSpecimenLodged] {
  const { customerId } = corporate(customer, 'a seal specimen');
  if (command.specimenRef.trim() === '') throw new EmptyMandate('specimenRef');
  const lodgedAt = businessTime(command.lodgedAt, command.now, 'lodgedAt');
  return [
    {
      type: 'SealSpecimenLodged',
      schemaVersion: 1,
      data: { customerId, specimenRef: command.specimenRef, lodgedAt },
    },
  ];
}

export function lodgePhoneAuthorisation(
  command: LodgePhoneAuthorisation,
  customer: Customer,
): [PhoneAuthorisationLodged] {
  const { customerId } = corporate(customer, 'a phone authorisation');
  const authorisedCallers = [...new Set(command.authorisedCallers.map((caller) => caller.trim()))].filter(
    (caller) => caller !== '',
  );
  if (authorisedCallers.length === 0) throw new EmptyMandate('authorisedCallers');
  const lodgedAt = businessTime(command.lodgedAt, command.now, 'lodgedAt');
  const validUntil = validAfter(command.validUntil, lodgedAt, 'validUntil');
  return [
    {
      type: 'PhoneAuthorisationLodged',
      schemaVersion: 1,
      data: { customerId, authorisedCallers, validUntil, lodgedAt },
    },
  ];
}

export function grantCreditFacility(
  command: GrantCreditFacility,
  customer: Customer,
): [CreditFacilityGranted] {
  const { customerId, dealing } = corporate(customer, 'a credit facility');
  if (dealing.creditFacility !== null)
    throw new CreditFacilityAlreadyGranted(dealing.creditFacility.facilityId);
  const limit = validMoney(command.limit, 'limit');
  const grantedAt = businessTime(command.grantedAt, command.now, 'grantedAt');
  const validUntil = validAfter(command.validUntil, grantedAt, 'validUntil');
  return [
    {
      type: 'CreditFacilityGranted',
      schemaVersion: 1,
      data: { customerId, facilityId: command.facilityId, limit, validUntil, grantedAt },
    },
  ];
}

/** A new limit or term of the facility; the utilisation drawn so far stays (it follows the holdings). */
export function changeCreditFacility(
  command: ChangeCreditFacility,
  customer: Customer,
): [CreditFacilityChanged] {
  const facility = customer.dealing.creditFacility;
  if (facility === null || facility.facilityId !== command.facilityId)
    throw new CreditFacilityNotFound(command.facilityId);
  const limit = command.limit === undefined ? facility.limit : validMoney(command.limit, 'limit');
  const changedAt = businessTime(command.changedAt, command.now, 'changedAt');
  const validUntil =
    command.validUntil === undefined
      ? facility.validUntil
      : validAfter(command.validUntil, changedAt, 'validUntil');
  return [
    {
      type: 'CreditFacilityChanged',
      schemaVersion: 1,
      data: {
        customerId: customer.customerId,
        facilityId: facility.facilityId,
        limit,
        previousLimit: facility.limit,
        validUntil,
        reason: command.reason,
        changedAt,
      },
    },
  ];
}
