import { DomainError } from './domain-error';

/** The bank must keep an active customer's records; erasure starts after offboarding. */
export class ErasureWhileActive extends DomainError {
  constructor(customerId: string) {
    super('ERASURE_WHILE_ACTIVE', `customer ${customerId} is active: offboard before requesting erasure`, {
      customerId,
    });
  }
}

export class ErasureAlreadyRequested extends DomainError {
  constructor(customerId: string, executeAfter: string) {
    super('ERASURE_ALREADY_REQUESTED', `erasure of customer ${customerId} is already scheduled`, {
      customerId,
      executeAfter,
    });
  }
}

export class PersonalDataAlreadyErased extends DomainError {
  constructor(customerId: string) {
    super('PERSONAL_DATA_ALREADY_ERASED', `personal data of customer ${customerId} is already erased`, {
      customerId,
    });
  }
}

export class ErasureNotRequested extends DomainError {
  constructor(customerId: string) {
    super('ERASURE_NOT_REQUESTED', `no erasure of customer ${customerId} has been requested`, { customerId });
  }
}

/** The retention period (anti-money-laundering, PIPL art. 47) has not ended yet. */
export class ErasureNotDue extends DomainError {
  constructor(customerId: string, executeAfter: string) {
    super('ERASURE_NOT_DUE', `erasure of customer ${customerId} is not due before ${executeAfter}`, {
      customerId,
      executeAfter,
    });
  }
}
