import type { ScheduleRepaymentDue } from '../commands/customer-command';
import {
  HoldingAlreadyMatured,
  HoldingNotFound,
  NotARepayableHolding,
  RepaymentDueBeforeOpening,
} from '../errors/holding.errors';
import type { RepaymentDueScheduled } from '../events/holding.events';
import { lookup, optional } from '../json';
import { isRepayable } from '../policies/repayment-reminder.policy';
import type { Customer } from '../state/customer-state';
import { toBusinessDate } from '../time';
import { businessTime, calendarDate, validMoney } from './guards';

/**
 * The next repayment of an active loan or credit card, on or after the day it opened. The due
 * date already scheduled records nothing (a retry, or the core system's feed sent twice).
 */
export function scheduleRepaymentDue(
  command: ScheduleRepaymentDue,
  customer: Customer,
): RepaymentDueScheduled[] {
  const holding = lookup(customer.holdings, command.holdingId);
  if (holding === undefined) throw new HoldingNotFound(command.holdingId);
  if (!isRepayable(holding.productType))
    throw new NotARepayableHolding(holding.holdingId, holding.productType);
  if (holding.status === 'matured') throw new HoldingAlreadyMatured(holding.holdingId);
  const dueDate = calendarDate(command.dueDate, 'dueDate');
  if (dueDate < toBusinessDate(holding.openedAt)) throw new RepaymentDueBeforeOpening(holding.holdingId);
  if (holding.repaymentDueDate === dueDate) return [];
  return [
    {
      type: 'RepaymentDueScheduled',
      schemaVersion: 1,
      data: {
        customerId: customer.customerId,
        holdingId: holding.holdingId,
        dueDate,
        ...optional(
          'amountDue',
          command.amountDue === undefined ? undefined : validMoney(command.amountDue, 'amountDue'),
        ),
        scheduledAt: businessTime(command.scheduledAt, command.now, 'scheduledAt'),
      },
    },
  ];
}
