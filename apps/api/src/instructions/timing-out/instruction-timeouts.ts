import { instructionAggregate, isDomainError, SYSTEM_ACTOR } from '@ledger/domain';
import { WrongExpectedRevision } from '@ledger/event-store';
import { type InstructionRef, openInstructionsDueBy } from '@ledger/projections/instructions';
import type { ReadStore } from '@ledger/read-store';
import { Decision, type Written } from '../../command-path/decision';
import type { ExecuteDecision } from '../../erasure/erasures';

export type TimedOut = InstructionRef & { position: string };

/** Instructions looked at per sweep: the rest wait for the next one. */
const BATCH = 500;
const ATTEMPTS = 3;

/**
 * Aborts instructions not confirmed by their confirmBy (instruction.abortAfterHours after receipt):
 * candidates from the instructions read model, then TimeOutInstruction through the command path
 * as the system actor, so the decider checks the deadline on the instruction's own stream. The
 * instruction is the Idempotency-Key: however often the sweep runs, a timeout is recorded once.
 */
export class InstructionTimeouts {
  constructor(
    private readonly reads: ReadStore,
    private readonly execute: ExecuteDecision,
  ) {}

  /** The instructions it aborted, each with the position of its InstructionAborted. */
  async abortDue(now: Date): Promise<TimedOut[]> {
    const at = now.toISOString();
    const aborted: TimedOut[] = [];
    for (const instruction of await openInstructionsDueBy(this.reads, at, BATCH)) {
      const written = await this.abort(instruction.instructionId, at);
      if (written !== null) aborted.push({ ...instruction, position: written.position });
    }
    return aborted;
  }

  private async abort(instructionId: string, now: string): Promise<Written | null> {
    const command = { type: 'TimeOutInstruction' as const, instructionId, actor: SYSTEM_ACTOR, now };
    const key = `instruction-timeout:${instructionId}`;
    const context = { correlationId: key, idempotencyKey: key };
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.execute(new Decision(instructionAggregate, command, context));
      } catch (error) {
        // The read model lagged: the instruction was confirmed or aborted meanwhile.
        if (isDomainError(error)) return null;
        if (!(error instanceof WrongExpectedRevision) || attempt >= ATTEMPTS) throw error;
      }
    }
  }
}
