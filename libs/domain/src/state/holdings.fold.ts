import type {
  AssetsRevalued,
  ContributionRecorded,
  ProductMatured,
  ProductSubscribed,
  RepaymentDueScheduled,
} from '../events/holding.events';
import { lookup } from '../json';
import type { ContactLogged } from '../events/relationship.events';
import { isMaturityPurpose } from '../policies/maturity-reminder.policy';
import { laterOf } from '../time';
import type { Customer, Holding } from './customer-state';
import { withUtilisation } from './dealing.fold';
import { type Replay, withEntry } from './replay';

export function withHolding(customer: Customer, data: ProductSubscribed['data'], replay?: Replay): Customer {
  const holding: Holding = {
    holdingId: data.holdingId,
    productCode: data.productCode,
    productType: data.productType,
    principal: data.principal,
    openedAt: data.openedAt,
    maturityDate: data.maturityDate ?? null,
    status: 'active',
    maturedAt: null,
    proceeds: null,
    rolledOverInto: null,
    instructionId: data.instructionId ?? null,
    lastContactAt: null,
  };
  const held = { ...customer, holdings: withEntry(customer.holdings, holding.holdingId, holding, replay) };
  return holding.instructionId === null ? held : withUtilisation(held, holding.principal, 1);
}

export function withMaturity(customer: Customer, data: ProductMatured['data'], replay?: Replay): Customer {
  const holding = lookup(customer.holdings, data.holdingId);
  if (holding === undefined || holding.status === 'matured') return customer;
  const matured: Holding = {
    ...holding,
    status: 'matured',
    maturedAt: data.maturedAt,
    proceeds: data.proceeds,
    rolledOverInto: data.rolledOverInto ?? null,
  };
  const after = { ...customer, holdings: withEntry(customer.holdings, holding.holdingId, matured, replay) };
  return holding.instructionId === null ? after : withUtilisation(after, holding.principal, -1);
}

/** The next repayment replaces the one before: a loan owes one instalment at a time. */
export function withRepaymentDue(
  customer: Customer,
  data: RepaymentDueScheduled['data'],
  replay?: Replay,
): Customer {
  const holding = lookup(customer.holdings, data.holdingId);
  if (holding === undefined) return customer;
  const scheduled: Holding = { ...holding, repaymentDueDate: data.dueDate };
  return { ...customer, holdings: withEntry(customer.holdings, holding.holdingId, scheduled, replay) };
}

/** A contact naming a holding answers its maturity call; one about maturities naming none answers all. */
export function withMaturityContact(
  customer: Customer,
  data: ContactLogged['data'],
  replay?: Replay,
): Customer {
  if (data.holdingId === undefined) {
    if (!isMaturityPurpose(data.purpose)) return customer;
    return { ...customer, lastMaturityContactAt: laterOf(customer.lastMaturityContactAt, data.occurredAt) };
  }
  const holding = lookup(customer.holdings, data.holdingId);
  if (holding === undefined) return customer;
  const answered: Holding = { ...holding, lastContactAt: laterOf(holding.lastContactAt, data.occurredAt) };
  return { ...customer, holdings: withEntry(customer.holdings, holding.holdingId, answered, replay) };
}

/** A valuation without a large movement keeps the last one: it stays on the worklist until handled. */
export function withValuation(customer: Customer, data: AssetsRevalued['data']): Customer {
  const { largeMovement } = data;
  // Valuations arrive in business-time order, so a change is always the latest one.
  const changed = customer.lastValuationAt !== null && data.delta.amountMinor !== 0;
  return {
    ...customer,
    totalFinancialAssets: data.totalFinancialAssets,
    lastValuationAt: data.asOf,
    lastBalanceChangeAt: changed ? data.asOf : customer.lastBalanceChangeAt,
    lastLargeMovement:
      largeMovement === null
        ? customer.lastLargeMovement
        : {
            asOf: data.asOf,
            deltaMinor: data.delta.amountMinor,
            escalateToBranchHead: largeMovement.escalateToBranchHead,
          },
  };
}

export function withContribution(
  customer: Customer,
  data: ContributionRecorded['data'],
  replay?: Replay,
): Customer {
  const { year, contribution, departmentsEngaged, growthRate } = data;
  return {
    ...customer,
    contributions: withEntry(
      customer.contributions,
      String(year),
      { year, contribution, departmentsEngaged, growthRate },
      replay,
    ),
  };
}
