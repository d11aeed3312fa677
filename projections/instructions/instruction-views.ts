import type { Filter } from '@ledger/read-store';
import { toWireMoney, type WireMoney } from '../shared/wire-money';
import type { InstructionDocument, InstructionFields } from './instructions.documents';

/** An instruction as the API answers it: the document with money on the wire. */
export type InstructionView = Omit<InstructionFields, 'amount'> & { amount: WireMoney };

/** Money inside a check's details (a credit check's limit and utilisation) goes out on the wire too. */
function wireDetails(details: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(details).map(([key, value]) => {
      const money = value as { amountMinor?: unknown; currency?: unknown } | null;
      return typeof money?.amountMinor === 'number' && typeof money.currency === 'string'
        ? [key, toWireMoney({ amountMinor: money.amountMinor, currency: money.currency })]
        : [key, value];
    }),
  );
}

export function instructionView(document: InstructionDocument): InstructionView {
  const { _id: _key, _position: _applied, amount, checks, ...fields } = document;
  return {
    ...fields,
    amount: toWireMoney(amount),
    checks: checks.map((check) => ({ ...check, details: wireDetails(check.details) })),
  };
}

/** Whose instructions a read covers: the caller's scope narrows it before any filter (ADR 0015). */
export type InstructionScope = { relationshipManagerId?: string; branchId?: string };

export function scopeFilter({ relationshipManagerId, branchId }: InstructionScope): Filter {
  return {
    ...(relationshipManagerId !== undefined && { relationshipManagerId }),
    ...(branchId !== undefined && { branchId }),
  };
}
