import { DomainError } from './domain-error';

export class CustomerNotFound extends DomainError {
  constructor(customerId: string) {
    super('CUSTOMER_NOT_FOUND', `customer ${customerId} has not been onboarded`, { customerId });
  }
}

export class CustomerAlreadyOnboarded extends DomainError {
  constructor(customerId: string) {
    super('CUSTOMER_ALREADY_ONBOARDED', `customer ${customerId} is already onboarded`, { customerId });
  }
}

/** After offboarding the customer is kept for retention and reads only; erasure is the one exception. */
export class CustomerAlreadyOffboarded extends DomainError {
  constructor(customerId: string) {
    super('CUSTOMER_OFFBOARDED', `customer ${customerId} is offboarded: only reads are allowed`, {
      customerId,
    });
  }
}

export class RelationshipManagerAlreadyAssigned extends DomainError {
  constructor(relationshipManagerId: string) {
    super(
      'RELATIONSHIP_MANAGER_ALREADY_ASSIGNED',
      `relationship manager ${relationshipManagerId} is already assigned to this customer`,
      { relationshipManagerId },
    );
  }
}

export class ContactAlreadyLogged extends DomainError {
  constructor(contactId: string) {
    super('CONTACT_ALREADY_LOGGED', `contact ${contactId} is already logged`, { contactId });
  }
}

export class InvalidContactPriority extends DomainError {
  constructor(priority: number) {
    super('INVALID_CONTACT_PRIORITY', `contact priority must be 1, 2 or 3, got ${priority}`, { priority });
  }
}
