import type { RecordMaturity, SubscribeProduct } from '../commands/customer-command';
import type { ProductMatured, ProductSubscribed } from '../events/holding.events';
import { CurrencyWithoutRate } from '../errors/value.errors';
import {
  HoldingAlreadyExists,
  HoldingAlreadyMatured,
  HoldingNotFound,
  MaturityBeforeOpening,
} from '../errors/holding.errors';
import { lookup, optional } from '../json';
import { type CurrencyRatesPolicy, rateToCny } from '../policies/currency-rates.policy';
import type { Customer } from '../state/customer-state';
import { toBusinessDate, toMs } from '../time';
import { businessTime, calendarDate, validMoney } from './guards';
import { judgeSuitability } from './suitability.decider';

/** A holding must be convertible to CNY, so the 360 view can sum it beside total financial assets. */
export function subscribeProduct(
  command: SubscribeProduct,
  customer: Customer,
  rates: CurrencyRatesPolicy,
): [ProductSubscribed] {
  const { holdingId, productCode, productType } = command;
  if (lookup(customer.holdings, holdingId) !== undefined) throw new HoldingAlreadyExists(holdingId);
  const principal = validMoney(command.principal, 'principal');
  if (rateToCny(principal.currency, rates) === null)
    throw new CurrencyWithoutRate('principal.currency', principal.currency);
  const openedAt = businessTime(command.openedAt, command.now, 'openedAt');
  const maturityDate =
    command.maturityDate === undefined ? undefined : calendarDate(command.maturityDate, 'maturityDate');
  if (maturityDate !== undefined && maturityDate < toBusinessDate(openedAt))
    throw new MaturityBeforeOpening(holdingId, 'maturityDate');
  judgeSuitability(command, customer, principal, openedAt);
  return [
    {
      type: 'ProductSubscribed',
      schemaVersion: 1,
      data: {
        customerId: customer.customerId,
        holdingId,
        productCode,
        productType,
        principal,
        openedAt,
        ...optional('maturityDate', maturityDate),
        ...optional('instructionId', command.instructionId),
      },
    },
  ];
}

/** A holding matures once, never before it opened. */
export function recordMaturity(command: RecordMaturity, customer: Customer): [ProductMatured] {
  const holding = lookup(customer.holdings, command.holdingId);
  if (holding === undefined) throw new HoldingNotFound(command.holdingId);
  if (holding.status === 'matured') throw new HoldingAlreadyMatured(holding.holdingId);
  const proceeds = validMoney(command.proceeds, 'proceeds');
  const maturedAt = businessTime(command.maturedAt, command.now, 'maturedAt');
  if (toMs(maturedAt) < toMs(holding.openedAt))
    throw new MaturityBeforeOpening(holding.holdingId, 'maturedAt');
  return [
    {
      type: 'ProductMatured',
      schemaVersion: 1,
      data: {
        customerId: customer.customerId,
        holdingId: holding.holdingId,
        maturedAt,
        proceeds,
        ...optional('rolledOverInto', command.rolledOverInto),
        ...optional('instructionId', command.instructionId),
      },
    },
  ];
}
