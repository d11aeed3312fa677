import type { ReadStore } from '@ledger/read-store';
import { INSTRUCTIONS, type InstructionDocument } from './instructions.documents';

export type InstructionRef = { instructionId: string; confirmBy: string };

/** Open instructions whose confirmBy has passed by `at`: the timeout sweep's candidates, oldest first. */
export async function openInstructionsDueBy(
  readStore: ReadStore,
  at: string,
  limit: number,
): Promise<InstructionRef[]> {
  const documents = await readStore.find<InstructionDocument>(
    INSTRUCTIONS,
    { status: 'open', confirmBy: { $lte: at } },
    { sort: { confirmBy: 1, _id: 1 }, limit },
  );
  return documents.map(({ instructionId, confirmBy }) => ({ instructionId, confirmBy }));
}
