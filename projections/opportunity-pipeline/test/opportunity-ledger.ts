import {
  type Actor,
  DEFAULT_POLICIES,
  type OpportunityCommand,
  opportunityAggregate,
  type OpportunityState,
} from '@ledger/domain';
import type { JsonObject, RecordedEvent } from '@ledger/event-store';

type Fields<T extends OpportunityCommand['type']> = Omit<
  Extract<OpportunityCommand, { type: T }>,
  'type' | 'opportunityId' | 'actor' | 'now' | 'actingBranchId'
>;

/** Opportunity scenarios written as commands: every event comes from the aggregate's own decide. */
export class OpportunityLedger {
  readonly events: RecordedEvent[] = [];
  private readonly states = new Map<string, OpportunityState>();

  run<T extends OpportunityCommand['type']>(
    type: T,
    opportunityId: string,
    now: string,
    fields: Fields<T>,
    actor: Actor = { id: 'rm-li', role: 'relationship-manager' },
  ): void {
    const command = {
      type,
      opportunityId,
      actor,
      now,
      actingBranchId: null,
      ...fields,
    } as unknown as OpportunityCommand;
    const before = this.states.get(opportunityId) ?? opportunityAggregate.initialState();
    const decided = opportunityAggregate.decide(command, before, DEFAULT_POLICIES);
    let state = before;
    for (const { event, occurredAt } of decided) {
      state = opportunityAggregate.evolve(state, event);
      const stream = `opportunity-${opportunityId}`;
      const position = String(this.events.length + 1);
      this.events.push({
        eventId: `00000000-0000-4000-8000-${position.padStart(12, '0')}`,
        stream,
        type: event.type,
        revision: BigInt(this.events.filter((recorded) => recorded.stream === stream).length),
        position,
        data: event.data as unknown as JsonObject,
        metadata: {
          schemaVersion: 1,
          occurredAt,
          actor: { id: actor.id, role: actor.role },
          recordedAt: now,
          prevHash: '',
          hash: '',
        },
      });
    }
    this.states.set(opportunityId, state);
  }
}
