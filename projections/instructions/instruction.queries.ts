import type { InstructionStatus, InstructionStep } from '@ledger/domain';
import type { ReadStore } from '@ledger/read-store';
import { type Page, type PageRequest, pageWindow } from '../shared/paging';
import { INSTRUCTIONS, type InstructionDocument } from './instructions.documents';
import {
  instructionView,
  type InstructionScope,
  type InstructionView,
  scopeFilter,
} from './instruction-views';

export type InstructionQuery = PageRequest &
  InstructionScope & { customerId?: string; status?: InstructionStatus; step?: InstructionStep };

/** GET /instructions: oldest first, paged; `step` is the step open instructions wait for. */
export async function listInstructions(
  readStore: ReadStore,
  query: InstructionQuery,
): Promise<Page<InstructionView>> {
  const { customerId, status, step } = query;
  const filter = {
    ...scopeFilter(query),
    ...(customerId !== undefined && { customerId }),
    ...(status !== undefined && { status }),
    ...(step !== undefined && { expectedStep: step }),
  };
  const { page, limit, skip } = pageWindow(query);
  const [documents, total] = await Promise.all([
    readStore.find<InstructionDocument>(INSTRUCTIONS, filter, {
      sort: { receivedAt: 1, _id: 1 },
      skip,
      limit,
    }),
    readStore.count(INSTRUCTIONS, filter),
  ]);
  return { items: documents.map(instructionView), page, limit, total };
}

/** GET /instructions/:id: one instruction, or null when it is unknown or outside the scope. */
export async function getInstruction(
  readStore: ReadStore,
  instructionId: string,
  scope: InstructionScope,
): Promise<InstructionView | null> {
  const [document] = await readStore.find<InstructionDocument>(
    INSTRUCTIONS,
    { ...scopeFilter(scope), _id: instructionId },
    { limit: 1 },
  );
  return document === undefined ? null : instructionView(document);
}

/** The documents received in [from, to) in the scope: what the summary and KPIs add up. */
export function instructionsReceived(
  readStore: ReadStore,
  scope: InstructionScope,
  period: { from?: string; to?: string },
): Promise<InstructionDocument[]> {
  const receivedAt = {
    ...(period.from !== undefined && { $gte: period.from }),
    ...(period.to !== undefined && { $lt: period.to }),
  };
  const filter = { ...scopeFilter(scope), ...(Object.keys(receivedAt).length > 0 && { receivedAt }) };
  return readStore.find<InstructionDocument>(INSTRUCTIONS, filter, { sort: { receivedAt: 1, _id: 1 } });
}
