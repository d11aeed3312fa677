import { DomainError } from './domain-error';

export class InvalidAmount extends DomainError {
  constructor(field: string) {
    super(
      'INVALID_AMOUNT',
      `${field} must be a finite, non-negative whole number of minor units with an ISO 4217 currency`,
      { field },
    );
  }
}

/** Thresholds are in the bank's reporting currency; valuations in another would compare wrongly. */
export class CurrencyMismatch extends DomainError {
  constructor(field: string, expected: string, actual: string) {
    super('CURRENCY_MISMATCH', `${field} must be in ${expected}, got ${actual}`, { field, expected, actual });
  }
}

/** Holdings are shown in CNY beside total financial assets: a currency the rate table lacks cannot be. */
export class CurrencyWithoutRate extends DomainError {
  constructor(field: string, currency: string) {
    super('CURRENCY_WITHOUT_RATE', `${field} is in ${currency}, which has no rate in currencyRates`, {
      field,
      currency,
    });
  }
}

export class InvalidTime extends DomainError {
  constructor(field: string) {
    super('INVALID_TIME', `${field} is not a valid ISO 8601 time or date`, { field });
  }
}
