import { DomainError } from './domain-error';

/** The idNumber is already on file: the caller gets the existing customer's id, never the number. */
export class DuplicateCustomer extends DomainError {
  constructor(existingCustomerId: string) {
    super('DUPLICATE_CUSTOMER', `this idNumber is already on file for customer ${existingCustomerId}`, {
      existingCustomerId,
    });
  }
}
