import { assertNever } from '../assert-never';
import type { Money } from '../money';
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

const next = (state: Instruction, expected: InstructionStep): Instruction => ({ ...state, expected });

/** Each "yes" moves to the next step; a "no" is always followed by InstructionAborted, which closes it. */
function evolveReceived(
  state: Instruction,
  event: Exclude<InstructionEvent, { type: 'InstructionReceived' }>,
) {
  switch (event.type) {
    case 'SealVerified':
    case 'PhoneAuthorisationVerified':
      return next(state, 'quote');
    case 'QuoteObtained': {
      const { price, validUntil } = event.data;
      return { ...next(state, 'quote-acceptance'), quote: { price, validUntil } };
    }
    case 'QuoteAccepted':
      return next(state, 'credit-check');
    case 'CreditLimitChecked':
      return next(state, event.data.within ? 'funds-check' : 'credit-approval');
    case 'CreditApprovalGranted':
      return next(state, 'funds-check');
    case 'FundsChecked':
      return event.data.sufficient ? next(state, 'confirmation') : state;
    case 'ConfirmationIssued':
      return { ...state, status: 'confirmed' as const, expected: null };
    case 'InstructionAborted':
      return { ...state, status: 'aborted' as const, expected: null };
    case 'SealMismatch':
    case 'PhoneAuthorisationMissing':
    case 'QuoteDeclined':
    case 'CreditApprovalRefused':
      return state;
    default:
      return assertNever(event);
  }
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
