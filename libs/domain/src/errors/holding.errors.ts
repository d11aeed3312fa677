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

/** Only loans and credit cards owe repayments (ADR 0026). */
export class NotARepayableHolding extends DomainError {
  constructor(holdingId: string, productType: string) {
    super(
      'NOT_A_REPAYABLE_HOLDING',
      `holding ${holdingId} is a ${productType}: only loan and credit-card holdings take a repayment due date`,
      { holdingId, productType },
    );
  }
}

export class RepaymentDueBeforeOpening extends DomainError {
  constructor(holdingId: string) {
    super('REPAYMENT_DUE_BEFORE_OPENING', `dueDate of holding ${holdingId} is before the holding opened`, {
      holdingId,
    });
  }
}
