import type { Actor } from '../actor';
import type { Money } from '../money';
import type { CreditFacility, PhoneAuthorisation, SealSpecimen } from '../state/customer-state';
import type { ProductType } from '../vocabulary';
import type { InstructionChannel, InstructionSide } from './instruction.vocabulary';

/**
 * The customer as the api found it when the command arrived (its aggregate's folded state): the
 * dealing mandate an instruction is checked against. Null when no such customer is onboarded.
 */
export type InstructionCustomerFacts = {
  customerId: string;
  segment: 'retail' | 'corporate';
  active: boolean;
  relationshipManagerId: string;
  branchId: string;
  sealSpecimen: SealSpecimen | null;
  phoneAuthorisation: PhoneAuthorisation | null;
  creditFacility: CreditFacility | null;
  /** The holding a sell names, if the customer has it and it is still active. */
  activeHoldingIds: string[];
};

type InstructionCommandBase = { instructionId: string; actor: Actor; now: string };

export type ReceiveInstruction = InstructionCommandBase & {
  type: 'ReceiveInstruction';
  customerId: string;
  customer: InstructionCustomerFacts | null;
  channel: InstructionChannel;
  product: string;
  productType: ProductType;
  side: InstructionSide;
  amount: Money;
  holdingId?: string;
  receivedAt?: string;
};

/** The specialist compared the instruction's seal with the specimen on file. */
export type VerifySeal = InstructionCommandBase & {
  type: 'VerifySeal';
  matches: boolean;
  customer: InstructionCustomerFacts | null;
};

/** Who phoned: checked against the authorisation on file. */
export type VerifyPhoneAuthorisation = InstructionCommandBase & {
  type: 'VerifyPhoneAuthorisation';
  caller: string;
  customer: InstructionCustomerFacts | null;
};

export type ObtainQuote = InstructionCommandBase & { type: 'ObtainQuote'; price: string; validUntil: string };

export type RecordQuoteAnswer = InstructionCommandBase & { type: 'RecordQuoteAnswer'; accepted: boolean };

export type CheckCreditLimit = InstructionCommandBase & {
  type: 'CheckCreditLimit';
  customer: InstructionCustomerFacts | null;
};

/** A credit officer's decision on an instruction over the limit; the officer is the actor. */
export type DecideCreditApproval = InstructionCommandBase & {
  type: 'DecideCreditApproval';
  approved: boolean;
  reason: string;
};

export type CheckFunds = InstructionCommandBase & { type: 'CheckFunds'; sufficient: boolean };

export type IssueConfirmation = InstructionCommandBase & {
  type: 'IssueConfirmation';
  confirmationNo: string;
};

/** The client withdrew the instruction (or the specialist stopped it), with a note why. */
export type AbortInstruction = InstructionCommandBase & { type: 'AbortInstruction'; note: string };

/** Sent by the timeout sweep as the system actor once the instruction's confirmBy has passed. */
export type TimeOutInstruction = InstructionCommandBase & { type: 'TimeOutInstruction' };

export type InstructionCommand =
  | ReceiveInstruction
  | VerifySeal
  | VerifyPhoneAuthorisation
  | ObtainQuote
  | RecordQuoteAnswer
  | CheckCreditLimit
  | DecideCreditApproval
  | CheckFunds
  | IssueConfirmation
  | AbortInstruction
  | TimeOutInstruction;
