import { assertNever } from '../assert-never';
import type { Money } from '../money';
import type { ProductType } from '../vocabulary';
import type { InstructionEvent } from './instruction.events';
import {
  authorisationStep,
  type InstructionChannel,
  type InstructionSide,
  type InstructionStatus,
  type InstructionStep,
} from './instruction.vocabulary';

export type Instruction = {
  status: InstructionStatus;
  instructionId: string;
  customerId: string;
  channel: InstructionChannel;
  side: InstructionSide;
  product: string;
  productType: ProductType;
  amount: Money;
  holdingId: string | null;
  receivedBy: string;
  receivedAt: string;
  confirmBy: string;
  /** The step the flowchart waits for; null once confirmed or aborted. */
  expected: InstructionStep | null;
  quote: { price: string; validUntil: string } | null;
};

export type InstructionState = { status: 'not-received' } | Instruction;

export function initialInstructionState(): InstructionState {
  return { status: 'not-received' };
}

export function isReceived(state: InstructionState): state is Instruction {
  return state.status !== 'not-received';
}

/**
 * The step the flowchart waits for after a step's event: each "yes" moves on, a "no" leaves it
 * (InstructionAborted always follows it), confirmation and abort close it (null).
 */
export function stepAfter(
  event: Exclude<InstructionEvent, { type: 'InstructionReceived' }>,
  expected: InstructionStep | null,
): InstructionStep | null {
  switch (event.type) {
    case 'SealVerified':
    case 'PhoneAuthorisationVerified':
      return 'quote';
    case 'QuoteObtained':
      return 'quote-acceptance';
    case 'QuoteAccepted':
      return 'credit-check';
    case 'CreditLimitChecked':
      return event.data.within ? 'funds-check' : 'credit-approval';
    case 'CreditApprovalGranted':
      return 'funds-check';
    case 'FundsChecked':
      return event.data.sufficient ? 'confirmation' : expected;
    case 'ConfirmationIssued':
    case 'InstructionAborted':
      return null;
    case 'SealMismatch':
    case 'PhoneAuthorisationMissing':
    case 'QuoteDeclined':
    case 'CreditApprovalRefused':
      return expected;
    default:
      return assertNever(event);
  }
}

function evolveReceived(
  state: Instruction,
  event: Exclude<InstructionEvent, { type: 'InstructionReceived' }>,
): Instruction {
  const expected = stepAfter(event, state.expected);
  if (event.type === 'ConfirmationIssued') return { ...state, status: 'confirmed', expected };
  if (event.type === 'InstructionAborted') return { ...state, status: 'aborted', expected };
  if (event.type === 'QuoteObtained') {
    const { price, validUntil } = event.data;
    return { ...state, expected, quote: { price, validUntil } };
  }
  return { ...state, expected };
}

export function evolveInstruction(state: InstructionState, event: InstructionEvent): InstructionState {
  if (event.type === 'InstructionReceived') {
    if (isReceived(state)) return state;
    const { data } = event;
    return {
      status: 'open',
      instructionId: data.instructionId,
      customerId: data.customerId,
      channel: data.channel,
      side: data.side,
      product: data.product,
      productType: data.productType,
      amount: data.amount,
      holdingId: data.holdingId ?? null,
      receivedBy: data.receivedBy,
      receivedAt: data.receivedAt,
      confirmBy: data.confirmBy,
      expected: authorisationStep(data.channel),
      quote: null,
    };
  }
  return isReceived(state) ? evolveReceived(state, event) : state;
}
