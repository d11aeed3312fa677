import { DomainError } from './domain-error';

export class ServiceRequestNotFound extends DomainError {
  constructor(requestId: string) {
    super('SERVICE_REQUEST_NOT_FOUND', `service request ${requestId} does not exist`, { requestId });
  }
}

export class ServiceRequestAlreadyExists extends DomainError {
  constructor(requestId: string) {
    super('SERVICE_REQUEST_ALREADY_EXISTS', `service request ${requestId} already exists`, { requestId });
  }
}

export class ServiceRequestAlreadyResolved extends DomainError {
  constructor(requestId: string) {
    super('SERVICE_REQUEST_ALREADY_RESOLVED', `service request ${requestId} is already resolved`, {
      requestId,
    });
  }
}

/** opened ≤ responded ≤ resolved, or the SLA figures would be meaningless. */
export class ServiceRequestTimeOrder extends DomainError {
  constructor(requestId: string, field: 'respondedAt' | 'resolvedAt') {
    super('SERVICE_REQUEST_TIME_ORDER', `${field} of service request ${requestId} is out of order`, {
      requestId,
      field,
    });
  }
}
