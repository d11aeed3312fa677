import type {
  AbortReason,
  InstructionChannel,
  InstructionSide,
  InstructionStatus,
  InstructionStep,
  Money,
  ProductType,
} from '@ledger/domain';
import type { ReadDocument } from '@ledger/read-store';

/** One document per client instruction, keyed by its id. */
export const INSTRUCTIONS = 'instructions';

/** One check of the flowchart as recorded: its event, who and when, and how long since the one before. */
export type InstructionCheck = {
  step: InstructionStep;
  event: string;
  /** true for a "yes", false for a "no"; null for a step that is neither (a quote, the abort itself). */
  passed: boolean | null;
  by: string;
  role: string;
  at: string;
  /** Milliseconds since the previous check (or the receipt): the time this step took. */
  tookMs: number;
  /** The event's facts beyond the ids (e.g. the quote's price, the limit checked). */
  details: Record<string, unknown>;
  eventId: string;
};

export type InstructionFields = {
  instructionId: string;
  customerId: string;
  relationshipManagerId: string;
  branchId: string;
  channel: InstructionChannel;
  product: string;
  productType: ProductType;
  side: InstructionSide;
  amount: Money;
  holdingId: string | null;
  receivedBy: string;
  receivedAt: string;
  confirmBy: string;
  status: InstructionStatus;
  /** The step it waits for; null once closed. */
  expectedStep: InstructionStep | null;
  checks: InstructionCheck[];
  abortedAtStep: InstructionStep | null;
  abortReason: AbortReason | null;
  confirmationNo: string | null;
  /** Confirmed or aborted at; null while open. */
  closedAt: string | null;
  /** receivedAt → closedAt, for the KPIs' median and SLA. */
  durationMs: number | null;
  /** The credit officer who decided an approval, and how. */
  creditDecision: { officer: string; granted: boolean } | null;
};

export type InstructionDocument = ReadDocument & InstructionFields & { _id: string };
