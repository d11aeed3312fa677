import { ABORT_REASONS, type AbortReason, INSTRUCTION_STEPS, type InstructionStep } from '@ledger/domain';
import type { InstructionDocument } from './instructions.documents';

/** The instructions of a period and scope added up (issue 18): the desk's workload and its SLA. */
export type InstructionKpis = {
  received: number;
  open: number;
  /** Open instructions by the step they wait for. */
  openByStep: Record<InstructionStep, number>;
  confirmed: number;
  aborted: number;
  abortedByReason: Record<AbortReason, number>;
  /** Median receipt → confirmation, in hours; null without a confirmation. */
  medianHoursToConfirmation: number | null;
  /** Mean time each step took (the check's event after the one before), in minutes; null when none. */
  meanMinutesPerStep: Record<InstructionStep, number | null>;
  /** Credit approvals by the officer who decided them. */
  creditApprovalsByOfficer: Record<string, { granted: number; refused: number }>;
  /** Confirmed by confirmBy (receipt + instruction.abortAfterHours), over those closed: the SLA. */
  sla: { confirmedInTime: number; timedOut: number; compliance: number | null };
};

const zeroes = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? 0) + upper) / 2;
}

const round = (value: number) => Math.round(value * 100) / 100;

/** Pure: the KPIs of any set of instruction documents. */
export function instructionKpis(documents: readonly InstructionDocument[]): InstructionKpis {
  const openByStep = zeroes(INSTRUCTION_STEPS);
  const abortedByReason = zeroes(ABORT_REASONS);
  const stepTimes = new Map<InstructionStep, number[]>();
  const creditApprovalsByOfficer: InstructionKpis['creditApprovalsByOfficer'] = {};
  const toConfirmation: number[] = [];
  let confirmedInTime = 0;
  for (const document of documents) {
    if (document.status === 'open' && document.expectedStep !== null) openByStep[document.expectedStep] += 1;
    if (document.status === 'aborted' && document.abortReason !== null)
      abortedByReason[document.abortReason] += 1;
    if (document.status === 'confirmed' && document.durationMs !== null) {
      toConfirmation.push(document.durationMs);
      if (document.closedAt !== null && document.closedAt <= document.confirmBy) confirmedInTime += 1;
    }
    for (const check of document.checks)
      if (check.event !== 'InstructionAborted')
        stepTimes.set(check.step, [...(stepTimes.get(check.step) ?? []), check.tookMs]);
    const decision = document.creditDecision;
    if (decision !== null) {
      const tally = (creditApprovalsByOfficer[decision.officer] ??= { granted: 0, refused: 0 });
      if (decision.granted) tally.granted += 1;
      else tally.refused += 1;
    }
  }
  const count = (status: string) => documents.filter((document) => document.status === status).length;
  const timedOut = abortedByReason['timed-out'];
  const hours = median(toConfirmation);
  return {
    received: documents.length,
    open: count('open'),
    openByStep,
    confirmed: count('confirmed'),
    aborted: count('aborted'),
    abortedByReason,
    medianHoursToConfirmation: hours === null ? null : round(hours / 3_600_000),
    meanMinutesPerStep: Object.fromEntries(
      INSTRUCTION_STEPS.map((step) => {
        const times = stepTimes.get(step) ?? [];
        return [
          step,
          times.length === 0 ? null : round(times.reduce((a, b) => a + b, 0) / times.length / 60_000),
        ];
      }),
    ) as Record<InstructionStep, number | null>,
    creditApprovalsByOfficer,
    sla: {
      confirmedInTime,
      timedOut,
      compliance:
        confirmedInTime + timedOut === 0 ? null : round(confirmedInTime / (confirmedInTime + timedOut)),
    },
  };
}
