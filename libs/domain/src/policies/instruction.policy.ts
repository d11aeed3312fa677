/**
 * How long a client instruction may stay unconfirmed before it aborts (reason `timed-out`). Seed
 * 000's flowchart gives no time: 24 hours is the bank's default (a dealing day and its night), and
 * the KPIs measure the confirmations against it (ADR 0029).
 */
export type InstructionPolicy = { abortAfterHours: number };

export const INSTRUCTION_POLICY: InstructionPolicy = { abortAfterHours: 24 };
