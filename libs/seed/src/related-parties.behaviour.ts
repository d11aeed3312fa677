import {
  type Customer,
  customerAggregate,
  type CustomerCommand,
  type CustomerState,
  type DecidedEvent,
  DEFAULT_POLICIES,
  type DomainEvent,
} from '@ledger/domain';
import type { EventStore, EventToAppend, JsonObject } from '@ledger/event-store';
import { Rng } from './prng';

/** At most this many payroll employees per corporate client, drawn from its branch's retail customers. */
const MOST_EMPLOYEES = 4;

type Stream = { customer: Customer | null; revision: number };

/**
 * 公私联动 at the end of the story: every active corporate client links a few active retail
 * customers of its branch as payroll employees (and the first as its owner when it has no
 * employees), so the demo's payroll linkage KPI has people with and without products to show.
 */
export async function seedRelatedParties(
  store: EventStore,
  streams: readonly Stream[],
  seed: number,
  at: string,
): Promise<Record<string, number>> {
  const rng = new Rng(seed, 3_000_017);
  const active = streams.filter(
    (stream): stream is { customer: Customer; revision: number } => stream.customer?.status === 'active',
  );
  const retail = active.filter((stream) => stream.customer.segment === 'retail');
  const written: Record<string, number> = {};
  let next = 0;
  for (const { customer: corporate, revision } of active.filter((s) => s.customer.segment === 'corporate')) {
    const branch = retail.filter((stream) => stream.customer.branchId === corporate.branchId);
    const count = Math.min(branch.length, rng.int(0, MOST_EMPLOYEES));
    const people = Array.from({ length: count }, (_, index) => branch[(next + index) % branch.length]);
    next += count;
    const actor = { id: corporate.relationshipManagerId, role: 'relationship-manager' };
    const commands: CustomerCommand[] = people.flatMap((person) =>
      person === undefined
        ? []
        : [
            {
              type: 'LinkRelatedParty' as const,
              customerId: corporate.customerId,
              actor,
              now: at,
              personId: person.customer.customerId,
              relation: 'payroll-employee' as const,
              person: { customerId: person.customer.customerId, segment: 'retail' as const, active: true },
            },
          ],
    );
    let state: CustomerState = corporate;
    const events: EventToAppend[] = [];
    for (const command of commands)
      for (const decided of customerAggregate.decide(command, state, DEFAULT_POLICIES)) {
        state = customerAggregate.evolve(state, decided.event);
        events.push(envelope(decided, rng));
        written[decided.event.type] = (written[decided.event.type] ?? 0) + 1;
      }
    if (events.length > 0)
      await store.append(`customer-${corporate.customerId}`, events, { streamState: BigInt(revision) });
  }
  return written;
}

function envelope({ event, actor, occurredAt }: DecidedEvent<DomainEvent>, rng: Rng): EventToAppend {
  return {
    eventId: rng.uuid(),
    type: event.type,
    data: event.data as JsonObject,
    metadata: { schemaVersion: event.schemaVersion, occurredAt, actor: { id: actor.id, role: actor.role } },
  };
}
