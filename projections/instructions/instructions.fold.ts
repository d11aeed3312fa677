import { type InstructionEvent, type InstructionStep, stepAfter, toMs } from '@ledger/domain';
import type { InstructionCheck, InstructionDocument } from './instructions.documents';

type StepEvent = Exclude<InstructionEvent, { type: 'InstructionReceived' }>;
type Recorded = { eventId: string; actor: { id: string; role: string } };

function stepOf(event: StepEvent): InstructionStep {
  switch (event.type) {
    case 'SealVerified':
    case 'SealMismatch':
      return 'seal-verification';
    case 'PhoneAuthorisationVerified':
    case 'PhoneAuthorisationMissing':
      return 'phone-authorisation';
    case 'QuoteObtained':
      return 'quote';
    case 'QuoteAccepted':
    case 'QuoteDeclined':
      return 'quote-acceptance';
    case 'CreditLimitChecked':
      return 'credit-check';
    case 'CreditApprovalGranted':
    case 'CreditApprovalRefused':
      return 'credit-approval';
    case 'FundsChecked':
      return 'funds-check';
    case 'ConfirmationIssued':
      return 'confirmation';
    case 'InstructionAborted':
      return event.data.atStep;
  }
}

function passedOf(event: StepEvent): boolean | null {
  switch (event.type) {
    case 'SealVerified':
    case 'PhoneAuthorisationVerified':
    case 'QuoteAccepted':
    case 'CreditApprovalGranted':
    case 'ConfirmationIssued':
      return true;
    case 'SealMismatch':
    case 'PhoneAuthorisationMissing':
    case 'QuoteDeclined':
    case 'CreditApprovalRefused':
      return false;
    case 'CreditLimitChecked':
      return event.data.within;
    case 'FundsChecked':
      return event.data.sufficient;
    case 'QuoteObtained':
    case 'InstructionAborted':
      return null;
  }
}

function received(event: Extract<InstructionEvent, { type: 'InstructionReceived' }>): InstructionDocument {
  const { data } = event;
  return {
    _id: data.instructionId,
    instructionId: data.instructionId,
    customerId: data.customerId,
    relationshipManagerId: data.relationshipManagerId,
    branchId: data.branchId,
    channel: data.channel,
    product: data.product,
    productType: data.productType,
    side: data.side,
    amount: data.amount,
    holdingId: data.holdingId ?? null,
    receivedBy: data.receivedBy,
    receivedAt: data.receivedAt,
    confirmBy: data.confirmBy,
    status: 'open',
    expectedStep: data.channel === 'written' ? 'seal-verification' : 'phone-authorisation',
    checks: [],
    abortedAtStep: null,
    abortReason: null,
    confirmationNo: null,
    closedAt: null,
    durationMs: null,
    creditDecision: null,
  };
}

/** The instruction's document after one of its events: every check appended with who, when and how long. */
export function evolveInstructionDocument(
  document: InstructionDocument | null,
  event: InstructionEvent,
  recorded: Recorded,
): InstructionDocument | null {
  if (event.type === 'InstructionReceived') return document ?? received(event);
  if (document === null) return null;
  // The caller's name is personal data: sealed in the stream, never copied into this read model.
  const {
    instructionId: _i,
    customerId: _c,
    at,
    caller: _caller,
    ...details
  } = event.data as typeof event.data & {
    caller?: string;
  };
  const previous = document.checks.at(-1)?.at ?? document.receivedAt;
  const check: InstructionCheck = {
    step: stepOf(event),
    event: event.type,
    passed: passedOf(event),
    by: recorded.actor.id,
    role: recorded.actor.role,
    at,
    tookMs: Math.max(0, toMs(at) - toMs(previous)),
    details,
    eventId: recorded.eventId,
  };
  const next: InstructionDocument = {
    ...document,
    expectedStep: stepAfter(event, document.expectedStep),
    checks: [...document.checks, check],
  };
  switch (event.type) {
    case 'ConfirmationIssued':
      return { ...closed(next, at), status: 'confirmed', confirmationNo: event.data.confirmationNo };
    case 'InstructionAborted':
      return {
        ...closed(next, at),
        status: 'aborted',
        abortedAtStep: event.data.atStep,
        abortReason: event.data.reason,
      };
    case 'CreditApprovalGranted':
      return { ...next, creditDecision: { officer: event.data.approvedBy, granted: true } };
    case 'CreditApprovalRefused':
      return { ...next, creditDecision: { officer: event.data.refusedBy, granted: false } };
    default:
      return next;
  }
}

function closed(document: InstructionDocument, at: string): InstructionDocument {
  return { ...document, closedAt: at, durationMs: Math.max(0, toMs(at) - toMs(document.receivedAt)) };
}
