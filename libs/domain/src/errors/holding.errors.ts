import { DomainError } from './domain-error';

export class HoldingNotFound extends DomainError {
  constructor(holdingId: string) {
    super('HOLDING_NOT_FOUND', `holding ${holdingId} does not exist`, { holdingId });
  }
}

export class HoldingAlreadyExists extends DomainError {
  constructor(holdingId: string) {
    super('HOLDING_ALREADY_EXISTS', `holding ${holdingId} already exists`, { holdingId });
  }
}

export class HoldingAlreadyMatured extends DomainError {
  constructor(holdingId: string) {
    super('HOLDING_ALREADY_MATURED', `holding ${holdingId} has already matured`, { holdingId });
  }
}

export class MaturityBeforeOpening extends DomainError {
  constructor(holdingId: string, field: 'maturityDate' | 'maturedAt') {
    super('MATURITY_BEFORE_OPENING', `${field} of holding ${holdingId} is before the holding opened`, {
      holdingId,
      field,
    });
  }
}

/** Valuations arrive in business-time order, so `previous` and `delta` mean what they say. */
export class ValuationOutOfOrder extends DomainError {
  constructor(asOf: string, lastValuationAt: string) {
    super(
      'VALUATION_OUT_OF_ORDER',
      `valuation as of ${asOf} is older than the last one (${lastValuationAt})`,
      {
        asOf,
        lastValuationAt,
      },
    );
  }
}

export class InvalidContributionCriteria extends DomainError {
  constructor(field: 'year' | 'departmentsEngaged' | 'growthRate') {
    super('INVALID_CONTRIBUTION_CRITERIA', `${field} is out of range`, { field });
  }
}
