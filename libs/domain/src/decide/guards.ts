import { CustomerNotFound, CustomerAlreadyOffboarded } from '../errors/customer.errors';
import { CurrencyMismatch, InvalidAmount, InvalidTime } from '../errors/value.errors';
import { jsonNumber } from '../json';
import { isValidMoney, type Money } from '../money';
import { type Customer, type CustomerState, isOnboarded } from '../state/customer-state';
import { isCalendarDate, parseTime, toBusinessDate, toIso } from '../time';

/** Any command but onboarding needs an onboarded customer. */
export function onboardedCustomer(state: CustomerState, customerId: string): Customer {
  if (!isOnboarded(state)) throw new CustomerNotFound(customerId);
  return state;
}

/** Changing commands need an active customer: after offboarding there are only reads. */
export function activeCustomer(state: CustomerState, customerId: string): Customer {
  const customer = onboardedCustomer(state, customerId);
  if (customer.status !== 'active') throw new CustomerAlreadyOffboarded(customerId);
  return customer;
}

/** A validated instant, normalised to UTC ISO so stored times compare as text and as times. */
export function instant(value: string, field: string): string {
  const ms = parseTime(value);
  if (ms === null) throw new InvalidTime(field);
  return toIso(ms);
}

/** The command's business time, defaulting to when it was received. */
export function businessTime(value: string | undefined, now: string, field: string): string {
  return value === undefined ? instant(now, 'now') : instant(value, field);
}

/** A day ('YYYY-MM-DD'); a full ISO time is reduced to its UTC day. */
export function calendarDate(value: string, field: string): string {
  const date = value.length === 10 ? value : toBusinessDate(instant(value, field));
  if (!isCalendarDate(date)) throw new InvalidTime(field);
  return date;
}

export function validMoney(value: Money, field: string): Money {
  if (!isValidMoney(value)) throw new InvalidAmount(field);
  return { amountMinor: jsonNumber(value.amountMinor), currency: value.currency };
}

/** Money a policy threshold is compared with must be in that policy's currency. */
export function moneyIn(value: Money, currency: string, field: string): Money {
  const valid = validMoney(value, field);
  if (valid.currency !== currency) throw new CurrencyMismatch(field, currency, valid.currency);
  return valid;
}
