import { DomainError } from './domain-error';

/** Only an offboarded customer can be won back; an active one has nothing to reactivate. */
export class CustomerNotOffboarded extends DomainError {
  constructor(customerId: string) {
    super('CUSTOMER_NOT_OFFBOARDED', `customer ${customerId} is active: there is nothing to reactivate`, {
      customerId,
    });
  }
}

/**
 * Never after erasure: a requested erasure (restricted) is the customer's own wish to be forgotten,
 * and an executed one left no personal data to serve the customer with.
 */
export class ReactivationAfterErasure extends DomainError {
  constructor(customerId: string, why: 'erasure-requested' | 'erased') {
    super('REACTIVATION_AFTER_ERASURE', `customer ${customerId} cannot be reactivated: ${why}`, {
      customerId,
      why,
    });
  }
}

/** Past retention the records are due to be released: the relationship cannot be resumed on them. */
export class RetentionEnded extends DomainError {
  constructor(customerId: string, retentionEndsAt: string) {
    super('RETENTION_ENDED', `customer ${customerId}'s retention period ended at ${retentionEndsAt}`, {
      customerId,
      retentionEndsAt,
    });
  }
}
