import type { StoredEventShape } from '../aggregate/aggregate';
import type { AssertJson } from '../json';
import type { Money } from '../money';
import type { ProductType } from '../vocabulary';
import type {
  AbortReason,
  InstructionChannel,
  InstructionSide,
  InstructionStep,
} from './instruction.vocabulary';

type Step<Type extends string, Data> = {
  type: Type;
  schemaVersion: 1;
  data: { instructionId: string; customerId: string; at: string } & Data;
};

/** 收到客户下单指示: who received it, and when it must be confirmed by under the policy then in force. */
export type InstructionReceived = {
  type: 'InstructionReceived';
  schemaVersion: 1;
  data: {
    instructionId: string;
    customerId: string;
    channel: InstructionChannel;
    /** The product code dealt in. */
    product: string;
    productType: ProductType;
    side: InstructionSide;
    amount: Money;
    /** The holding a sell redeems; absent for a buy (its confirmation opens the holding). */
    holdingId?: string;
    /** The wealth specialist who took it: never the one who approves its credit. */
    receivedBy: string;
    receivedAt: string;
    /** The customer's manager and branch at receipt: whose book reads it (ADR 0015). */
    relationshipManagerId: string;
    branchId: string;
    /** receivedAt + instruction.abortAfterHours: not confirmed by then, it aborts. */
    confirmBy: string;
    policyVersion: string;
  };
};

/** 印鉴对: the written instruction's seal matches the specimen on file. */
export type SealVerified = Step<'SealVerified', { specimenRef: string }>;
/** 印鉴不对, or no specimen lodged to compare with (specimenRef null). */
export type SealMismatch = Step<'SealMismatch', { specimenRef: string | null }>;
/** 有电话授权: the caller is on the authorisation on file (personal data: sealed). */
export type PhoneAuthorisationVerified = Step<
  'PhoneAuthorisationVerified',
  { caller: string; validUntil: string }
>;
export type PhoneAuthorisationMissing = Step<
  'PhoneAuthorisationMissing',
  { caller: string; finding: 'none-lodged' | 'expired' | 'caller-not-authorised' }
>;
/** 取得报价: the unit price as a decimal string (no rounding to minor units), valid until. */
export type QuoteObtained = Step<'QuoteObtained', { price: string; validUntil: string }>;
export type QuoteAccepted = Step<'QuoteAccepted', { price: string }>;
export type QuoteDeclined = Step<'QuoteDeclined', { price: string }>;
/** 在授信额度之内?: judged on the facility as the customer stream held it. */
export type CreditLimitChecked = Step<
  'CreditLimitChecked',
  { within: boolean; utilisation: Money; limit: Money; amount: Money; facilityId: string | null }
>;
export type CreditApprovalGranted = Step<'CreditApprovalGranted', { approvedBy: string; reason: string }>;
export type CreditApprovalRefused = Step<'CreditApprovalRefused', { refusedBy: string; reason: string }>;
/** 客户资金OK?: the specialist's recorded check (the core banking system is elsewhere). */
export type FundsChecked = Step<'FundsChecked', { sufficient: boolean }>;
/** 准备交易确认单: the holding the customer stream records for it (a buy's new one, a sell's redeemed one). */
export type ConfirmationIssued = Step<'ConfirmationIssued', { confirmationNo: string; holdingId: string }>;
/** 交易中止, at the step the instruction waited for. */
export type InstructionAborted = Step<
  'InstructionAborted',
  { atStep: InstructionStep; reason: AbortReason; note?: string }
>;

/** Every fact of the `instruction-<id>` stream, schema version 1. */
export type InstructionEvent =
  | InstructionReceived
  | SealVerified
  | SealMismatch
  | PhoneAuthorisationVerified
  | PhoneAuthorisationMissing
  | QuoteObtained
  | QuoteAccepted
  | QuoteDeclined
  | CreditLimitChecked
  | CreditApprovalGranted
  | CreditApprovalRefused
  | FundsChecked
  | ConfirmationIssued
  | InstructionAborted;

export const INSTRUCTION_EVENT_DATA_IS_JSON: AssertJson<InstructionEvent['data']> = true;

/** The published event types of the instruction stream (wire contracts: never rename one). */
export const INSTRUCTION_EVENT_TYPES = [
  'InstructionReceived',
  'SealVerified',
  'SealMismatch',
  'PhoneAuthorisationVerified',
  'PhoneAuthorisationMissing',
  'QuoteObtained',
  'QuoteAccepted',
  'QuoteDeclined',
  'CreditLimitChecked',
  'CreditApprovalGranted',
  'CreditApprovalRefused',
  'FundsChecked',
  'ConfirmationIssued',
  'InstructionAborted',
] as const satisfies readonly InstructionEvent['type'][];

export function isInstructionEventType(type: string): type is InstructionEvent['type'] {
  return (INSTRUCTION_EVENT_TYPES as readonly string[]).includes(type);
}

/** The domain's view of a recorded event, or null for a type the instruction stream does not know. */
export function instructionEventOf(recorded: StoredEventShape): InstructionEvent | null {
  if (!isInstructionEventType(recorded.type)) return null;
  const version = recorded.metadata['schemaVersion'];
  const schemaVersion = typeof version === 'number' ? version : 1;
  return { type: recorded.type, schemaVersion, data: recorded.data } as InstructionEvent;
}

export function instructionOccurredAt(event: InstructionEvent): string {
  if (event.type === 'InstructionReceived') return event.data.receivedAt;
  return event.data.at;
}
