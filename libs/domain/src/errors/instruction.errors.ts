import { DomainError } from './domain-error';

/** Also what an instruction outside the caller's scope answers: nothing is disclosed (ADR 0015). */
export class InstructionNotFound extends DomainError {
  constructor(instructionId: string) {
    super('INSTRUCTION_NOT_FOUND', `instruction ${instructionId} does not exist`, { instructionId });
  }
}

export class InstructionAlreadyReceived extends DomainError {
  constructor(instructionId: string) {
    super('INSTRUCTION_ALREADY_RECEIVED', `instruction ${instructionId} is already received`, {
      instructionId,
    });
  }
}

/**
 * The flowchart's order (seed 000): a step before its turn, a repeated one, or any step once the
 * instruction is confirmed or aborted. `expected` is the step it waits for, null when closed.
 */
export class InstructionOutOfOrder extends DomainError {
  constructor(instructionId: string, step: string, expected: string | null, status: string) {
    super(
      'INSTRUCTION_OUT_OF_ORDER',
      expected === null
        ? `instruction ${instructionId} is ${status}: no ${step} after that`
        : `instruction ${instructionId} waits for ${expected}, not ${step}`,
      { instructionId, step, expected, status },
    );
  }
}

/** A quote past its `validUntil` cannot be accepted: the specialist obtains a new one. */
export class QuoteExpired extends DomainError {
  constructor(instructionId: string, validUntil: string, at: string) {
    super('QUOTE_EXPIRED', `the quote of instruction ${instructionId} expired at ${validUntil}`, {
      instructionId,
      validUntil,
      at,
    });
  }
}

/** Four-eyes: the specialist who received the instruction never approves its credit. */
export class CreditApprovalByReceiver extends DomainError {
  constructor(instructionId: string, officer: string) {
    super(
      'CREDIT_APPROVAL_FOUR_EYES',
      `${officer} received instruction ${instructionId} and cannot approve its credit`,
      { instructionId, officer },
    );
  }
}

/** The timeout sweep came before the instruction's deadline (a lagging read model). */
export class InstructionNotDue extends DomainError {
  constructor(instructionId: string, deadline: string) {
    super('INSTRUCTION_NOT_DUE', `instruction ${instructionId} has until ${deadline}`, {
      instructionId,
      deadline,
    });
  }
}

/** A sell names the customer's active holding it redeems; a buy names none. */
export class InstructionHoldingMismatch extends DomainError {
  constructor(side: string, holdingId: string | null) {
    super(
      'INSTRUCTION_HOLDING_MISMATCH',
      side === 'sell'
        ? `a sell redeems an active holding of the customer (${holdingId ?? 'none named'})`
        : 'a buy names no holding: the confirmation opens one',
      { field: 'holdingId', side, holdingId },
    );
  }
}

export class InvalidQuote extends DomainError {
  constructor(field: string) {
    super('INVALID_QUOTE', `${field} of a quote is not valid`, { field });
  }
}
