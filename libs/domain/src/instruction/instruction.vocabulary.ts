/** How the client gave the instruction (seed 000: 书面指示? yes → seal, no → phone authorisation). */
export const INSTRUCTION_CHANNELS = ['written', 'phone'] as const;
export type InstructionChannel = (typeof INSTRUCTION_CHANNELS)[number];

export const INSTRUCTION_SIDES = ['buy', 'sell'] as const;
export type InstructionSide = (typeof INSTRUCTION_SIDES)[number];

/**
 * The flowchart's steps after receipt, each a route `POST /instructions/:id/<step>` (ADR 0029):
 * 核对印鉴 / 查核电话授权书, 取得报价, 客户接受吗?, 查核授信额度, 取得授信核准, 客户资金OK?, 准备交易确认单.
 */
export const INSTRUCTION_STEPS = [
  'seal-verification',
  'phone-authorisation',
  'quote',
  'quote-acceptance',
  'credit-check',
  'credit-approval',
  'funds-check',
  'confirmation',
] as const;
export type InstructionStep = (typeof INSTRUCTION_STEPS)[number];

/** Why an instruction stopped (交易中止): each "no" of the flowchart, the client's withdrawal, or the timeout. */
export const ABORT_REASONS = [
  'seal-mismatch',
  'phone-authorisation-missing',
  'quote-declined',
  'credit-approval-refused',
  'insufficient-funds',
  'withdrawn',
  'timed-out',
] as const;
export type AbortReason = (typeof ABORT_REASONS)[number];

export type InstructionStatus = 'open' | 'confirmed' | 'aborted';

/** The first check, by channel. */
export function authorisationStep(channel: InstructionChannel): InstructionStep {
  return channel === 'written' ? 'seal-verification' : 'phone-authorisation';
}
