import { DomainError } from './domain-error';

export class HouseholdNotFound extends DomainError {
  constructor(householdId: string) {
    super('HOUSEHOLD_NOT_FOUND', `household ${householdId} has not been formed`, { householdId });
  }
}

export class HouseholdAlreadyFormed extends DomainError {
  constructor(householdId: string) {
    super('HOUSEHOLD_ALREADY_FORMED', `household ${householdId} is already formed`, { householdId });
  }
}

/** A customer belongs to one household at a time: leave the first before joining another. */
export class AlreadyInHousehold extends DomainError {
  constructor(customerId: string, householdId: string) {
    super('ALREADY_IN_HOUSEHOLD', `customer ${customerId} is a member of household ${householdId}`, {
      customerId,
      householdId,
    });
  }
}

/** Only an onboarded, active customer joins a household. */
export class MemberNotActive extends DomainError {
  constructor(customerId: string, why: 'unknown' | 'offboarded') {
    super(
      'HOUSEHOLD_MEMBER_NOT_ACTIVE',
      `customer ${customerId} is ${why === 'unknown' ? 'not a customer' : 'offboarded'}`,
      {
        customerId,
        why,
      },
    );
  }
}

export class NotAHouseholdMember extends DomainError {
  constructor(customerId: string, householdId: string) {
    super('NOT_A_HOUSEHOLD_MEMBER', `customer ${customerId} is not a member of household ${householdId}`, {
      customerId,
      householdId,
    });
  }
}
