import {
  type Actor,
  type CustomerCommand,
  type CustomerEvent,
  type CustomerState,
  decide,
  evolve,
  initialState,
  occurredAtOf,
} from '@ledger/domain';
import type { EventToAppend, JsonObject, RecordedEvent } from '@ledger/event-store';

type CommandOf<T extends CustomerCommand['type']> = Extract<CustomerCommand, { type: T }>;
export type CommandBody<T extends CustomerCommand['type']> = Omit<
  CommandOf<T>,
  'type' | 'customerId' | 'actor' | 'now'
>;

export const RM_LI: Actor = { id: 'rm-li', role: 'relationship-manager' };
export const RM_WANG: Actor = { id: 'rm-wang', role: 'relationship-manager' };
export const CHEN: Actor = { id: 'committee-chen', role: 'committee-member' };
export const ZHAO: Actor = { id: 'committee-zhao', role: 'committee-member' };
export const ADMIN: Actor = { id: 'admin-wu', role: 'admin' };

/**
 * Test scenarios written as commands: every event comes from the domain's decide on folded state,
 * so a scenario cannot hold an event the application would refuse. An event is recorded when its
 * command is received (`now`), which may be later than its business time.
 */
export class DecidedLedger {
  readonly events: RecordedEvent[] = [];
  private readonly states = new Map<string, CustomerState>();

  run<T extends CustomerCommand['type']>(
    type: T,
    customerId: string,
    now: string,
    body: CommandBody<T>,
    actor: Actor = RM_LI,
  ): CustomerEvent[] {
    const command = { type, customerId, actor, now, ...body } as unknown as CustomerCommand;
    const before = this.states.get(customerId) ?? initialState();
    const decided = decide(command, before);
    this.states.set(customerId, decided.reduce(evolve, before));
    for (const event of decided) this.record(customerId, event, actor, now);
    return decided;
  }

  state(customerId: string): CustomerState {
    return this.states.get(customerId) ?? initialState();
  }

  /** The event as an append sends it (the store adds recordedAt and the hash chain). */
  toAppend(recorded: RecordedEvent): EventToAppend {
    const { eventId, type, data, metadata } = recorded;
    const { schemaVersion, occurredAt, actor } = metadata;
    return { eventId, type, data, metadata: { schemaVersion, occurredAt, actor } };
  }

  private record(customerId: string, event: CustomerEvent, actor: Actor, recordedAt: string): void {
    const stream = `customer-${customerId}`;
    const revision = this.events.filter((recorded) => recorded.stream === stream).length;
    const position = String(this.events.length + 1);
    this.events.push({
      eventId: `00000000-0000-4000-8000-${position.padStart(12, '0')}`,
      stream,
      type: event.type,
      revision: BigInt(revision),
      position,
      data: event.data as unknown as JsonObject,
      metadata: {
        schemaVersion: event.schemaVersion,
        occurredAt: occurredAtOf(event),
        actor: { id: actor.id, role: actor.role },
        recordedAt,
        prevHash: '',
        hash: '',
      },
    });
  }
}
