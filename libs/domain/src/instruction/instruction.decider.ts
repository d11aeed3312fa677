import { assertNever } from '../assert-never';
import { businessTime, instant, validMoney } from '../decide/guards';
import { CustomerAlreadyOffboarded, CustomerNotFound } from '../errors/customer.errors';
import { CorporateCustomerOnly } from '../errors/dealing.errors';
import {
  CreditApprovalByReceiver,
  InstructionAlreadyReceived,
  InstructionHoldingMismatch,
  InstructionNotDue,
  InstructionNotFound,
  InstructionOutOfOrder,
  InvalidQuote,
  QuoteExpired,
} from '../errors/instruction.errors';
import { optional } from '../json';
import type { Money } from '../money';
import type { InstructionPolicy } from '../policies/instruction.policy';
import { addHours, toMs } from '../time';
import type {
  CheckCreditLimit,
  InstructionCommand,
  InstructionCustomerFacts,
  ReceiveInstruction,
  VerifyPhoneAuthorisation,
  VerifySeal,
} from './instruction.commands';
import type { InstructionAborted, InstructionEvent } from './instruction.events';
import { type Instruction, type InstructionState, isReceived } from './instruction.state';
import type { AbortReason, InstructionStep } from './instruction.vocabulary';

/** A positive decimal unit price, as quoted (no rounding). */
const PRICE = /^(?=.*[1-9])\d{1,12}(\.\d{1,8})?$/;

function receive(
  command: ReceiveInstruction,
  state: InstructionState,
  policy: InstructionPolicy,
  policyVersion: string,
): InstructionEvent[] {
  const { customer, instructionId, side, holdingId } = command;
  if (isReceived(state)) throw new InstructionAlreadyReceived(instructionId);
  if (customer === null) throw new CustomerNotFound(command.customerId);
  if (!customer.active) throw new CustomerAlreadyOffboarded(customer.customerId);
  if (customer.segment !== 'corporate')
    throw new CorporateCustomerOnly(customer.customerId, 'a client instruction');
  const sells = side === 'sell';
  if (sells !== (holdingId !== undefined) || (sells && !customer.activeHoldingIds.includes(holdingId ?? '')))
    throw new InstructionHoldingMismatch(side, holdingId ?? null);
  const receivedAt = businessTime(command.receivedAt, command.now, 'receivedAt');
  const data = {
    instructionId,
    customerId: customer.customerId,
    channel: command.channel,
    product: command.product,
    productType: command.productType,
    side,
    amount: validMoney(command.amount, 'amount'),
    ...optional('holdingId', holdingId),
    receivedBy: command.actor.id,
    receivedAt,
    relationshipManagerId: customer.relationshipManagerId,
    branchId: customer.branchId,
    confirmBy: addHours(receivedAt, policy.abortAfterHours),
    policyVersion,
  };
  return [{ type: 'InstructionReceived', schemaVersion: 1, data }];
}

/** The open instruction, waiting for `step` (409 INSTRUCTION_OUT_OF_ORDER naming the step it waits for). */
function atStep(
  command: InstructionCommand,
  state: InstructionState,
  ...steps: InstructionStep[]
): Instruction {
  if (!isReceived(state)) throw new InstructionNotFound(command.instructionId);
  const [step = 'confirmation'] = steps;
  if (state.expected === null || !steps.includes(state.expected))
    throw new InstructionOutOfOrder(state.instructionId, step, state.expected, state.status);
  return state;
}

const ids = (instruction: Instruction, at: string) => ({
  instructionId: instruction.instructionId,
  customerId: instruction.customerId,
  at,
});

/** A "no" of the flowchart: its finding, then 交易中止 at that step. */
function aborted(
  instruction: Instruction,
  step: InstructionStep,
  reason: AbortReason,
  at: string,
  note?: string,
) {
  const event: InstructionAborted = {
    type: 'InstructionAborted',
    schemaVersion: 1,
    data: { ...ids(instruction, at), atStep: step, reason, ...optional('note', note) },
  };
  return event;
}

/** The facts are the instruction's own customer's, loaded for this command. */
function factsOf(
  instruction: Instruction,
  customer: InstructionCustomerFacts | null,
): InstructionCustomerFacts {
  if (customer === null || customer.customerId !== instruction.customerId)
    throw new CustomerNotFound(instruction.customerId);
  return customer;
}

function verifySeal(command: VerifySeal, state: InstructionState): InstructionEvent[] {
  const instruction = atStep(command, state, 'seal-verification');
  const at = instant(command.now, 'now');
  const specimen = factsOf(instruction, command.customer).sealSpecimen;
  if (specimen !== null && command.matches)
    return [
      {
        type: 'SealVerified',
        schemaVersion: 1,
        data: { ...ids(instruction, at), specimenRef: specimen.specimenRef },
      },
    ];
  return [
    {
      type: 'SealMismatch',
      schemaVersion: 1,
      data: { ...ids(instruction, at), specimenRef: specimen?.specimenRef ?? null },
    },
    aborted(instruction, 'seal-verification', 'seal-mismatch', at),
  ];
}

function verifyPhone(command: VerifyPhoneAuthorisation, state: InstructionState): InstructionEvent[] {
  const instruction = atStep(command, state, 'phone-authorisation');
  const at = instant(command.now, 'now');
  const caller = command.caller.trim();
  const authorisation = factsOf(instruction, command.customer).phoneAuthorisation;
  const finding =
    authorisation === null
      ? 'none-lodged'
      : toMs(authorisation.validUntil) <= toMs(at)
        ? 'expired'
        : authorisation.authorisedCallers.includes(caller)
          ? null
          : 'caller-not-authorised';
  if (finding === null && authorisation !== null)
    return [
      {
        type: 'PhoneAuthorisationVerified',
        schemaVersion: 1,
        data: { ...ids(instruction, at), caller, validUntil: authorisation.validUntil },
      },
    ];
  return [
    {
      type: 'PhoneAuthorisationMissing',
      schemaVersion: 1,
      data: { ...ids(instruction, at), caller, finding: finding ?? 'none-lodged' },
    },
    aborted(instruction, 'phone-authorisation', 'phone-authorisation-missing', at),
  ];
}

function zero(currency: string): Money {
  return { amountMinor: 0, currency };
}

/** Within: a facility valid now, in the instruction's currency, with room for the amount. */
function checkCredit(command: CheckCreditLimit, state: InstructionState): InstructionEvent[] {
  const instruction = atStep(command, state, 'credit-check');
  const at = instant(command.now, 'now');
  const { amount } = instruction;
  const facility = factsOf(instruction, command.customer).creditFacility;
  const usable =
    facility !== null && facility.limit.currency === amount.currency && toMs(facility.validUntil) > toMs(at);
  const utilisation = usable ? facility.utilisation : zero(amount.currency);
  const limit = usable ? facility.limit : zero(amount.currency);
  const within = usable && utilisation.amountMinor + amount.amountMinor <= limit.amountMinor;
  const data = {
    ...ids(instruction, at),
    within,
    utilisation,
    limit,
    amount,
    facilityId: facility?.facilityId ?? null,
  };
  return [{ type: 'CreditLimitChecked', schemaVersion: 1, data }];
}

function decideStep(
  command: Exclude<
    InstructionCommand,
    ReceiveInstruction | VerifySeal | VerifyPhoneAuthorisation | CheckCreditLimit
  >,
  state: InstructionState,
): InstructionEvent[] {
  const at = instant(command.now, 'now');
  switch (command.type) {
    case 'ObtainQuote': {
      // A fresh quote replaces one the client has not answered (an expired one, typically).
      const instruction = atStep(command, state, 'quote', 'quote-acceptance');
      if (!PRICE.test(command.price)) throw new InvalidQuote('price');
      const validUntil = instant(command.validUntil, 'validUntil');
      if (toMs(validUntil) <= toMs(at)) throw new InvalidQuote('validUntil');
      return [
        {
          type: 'QuoteObtained',
          schemaVersion: 1,
          data: { ...ids(instruction, at), price: command.price, validUntil },
        },
      ];
    }
    case 'RecordQuoteAnswer': {
      const instruction = atStep(command, state, 'quote-acceptance');
      const quote = instruction.quote ?? { price: '0', validUntil: at };
      if (!command.accepted)
        return [
          { type: 'QuoteDeclined', schemaVersion: 1, data: { ...ids(instruction, at), price: quote.price } },
          aborted(instruction, 'quote-acceptance', 'quote-declined', at),
        ];
      if (toMs(at) > toMs(quote.validUntil))
        throw new QuoteExpired(instruction.instructionId, quote.validUntil, at);
      return [
        { type: 'QuoteAccepted', schemaVersion: 1, data: { ...ids(instruction, at), price: quote.price } },
      ];
    }
    case 'DecideCreditApproval': {
      const instruction = atStep(command, state, 'credit-approval');
      const officer = command.actor.id;
      if (officer === instruction.receivedBy)
        throw new CreditApprovalByReceiver(instruction.instructionId, officer);
      const { reason } = command;
      if (command.approved)
        return [
          {
            type: 'CreditApprovalGranted',
            schemaVersion: 1,
            data: { ...ids(instruction, at), approvedBy: officer, reason },
          },
        ];
      return [
        {
          type: 'CreditApprovalRefused',
          schemaVersion: 1,
          data: { ...ids(instruction, at), refusedBy: officer, reason },
        },
        aborted(instruction, 'credit-approval', 'credit-approval-refused', at),
      ];
    }
    case 'CheckFunds': {
      const instruction = atStep(command, state, 'funds-check');
      const checked: InstructionEvent = {
        type: 'FundsChecked',
        schemaVersion: 1,
        data: { ...ids(instruction, at), sufficient: command.sufficient },
      };
      return command.sufficient
        ? [checked]
        : [checked, aborted(instruction, 'funds-check', 'insufficient-funds', at)];
    }
    case 'IssueConfirmation': {
      const instruction = atStep(command, state, 'confirmation');
      // A buy's holding is named after its instruction; a sell redeems the holding it named.
      const holdingId = instruction.holdingId ?? instruction.instructionId;
      const data = { ...ids(instruction, at), confirmationNo: command.confirmationNo, holdingId };
      return [{ type: 'ConfirmationIssued', schemaVersion: 1, data }];
    }
    case 'AbortInstruction': {
      const instruction = openInstruction(command, state);
      return [aborted(instruction, instruction.expected ?? 'confirmation', 'withdrawn', at, command.note)];
    }
    case 'TimeOutInstruction': {
      const instruction = openInstruction(command, state);
      if (toMs(at) < toMs(instruction.confirmBy))
        throw new InstructionNotDue(instruction.instructionId, instruction.confirmBy);
      return [aborted(instruction, instruction.expected ?? 'confirmation', 'timed-out', at)];
    }
    default:
      return assertNever(command);
  }
}

/** Any open instruction, whichever step it waits for. */
function openInstruction(command: InstructionCommand, state: InstructionState): Instruction {
  if (!isReceived(state)) throw new InstructionNotFound(command.instructionId);
  if (state.expected === null)
    throw new InstructionOutOfOrder(state.instructionId, 'abort', null, state.status);
  return state;
}

/** The instruction's decider: seed 000's flowchart, every check an event (ADR 0029). */
export function decideInstruction(
  command: InstructionCommand,
  state: InstructionState,
  policy: InstructionPolicy,
  policyVersion: string,
): InstructionEvent[] {
  switch (command.type) {
    case 'ReceiveInstruction':
      return receive(command, state, policy, policyVersion);
    case 'VerifySeal':
      return verifySeal(command, state);
    case 'VerifyPhoneAuthorisation':
      return verifyPhone(command, state);
    case 'CheckCreditLimit':
      return checkCredit(command, state);
    default:
      return decideStep(command, state);
  }
}
