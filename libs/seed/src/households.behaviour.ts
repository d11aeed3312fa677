import {
  type Customer,
  type DecidedEvent,
  DEFAULT_POLICIES,
  type DomainEvent,
  type HouseholdCommand,
  householdAggregate,
  type HouseholdRole,
  membershipAggregate,
} from '@ledger/domain';
import type { EventStore, EventToAppend, JsonObject } from '@ledger/event-store';
import { Rng } from './prng';

/** One household per this many active retail customers (two of them join it), and its members' roles. */
const EVERY = 50;
const ROLES: readonly HouseholdRole[] = ['head', 'spouse'];

/**
 * Households (家族服务) at the end of the story: two of every fifty active retail customers form
 * one, in the first member's branch, so the demo and rebuild tests have household AUM to show.
 */
export async function seedHouseholds(
  store: EventStore,
  customers: readonly (Customer | null)[],
  seed: number,
  at: string,
): Promise<Record<string, number>> {
  const rng = new Rng(seed, 2_000_003);
  const retail = customers.filter(
    (customer): customer is Customer => customer?.segment === 'retail' && customer.status === 'active',
  );
  const written: Record<string, number> = {};
  for (let index = 0; index + 1 < retail.length; index += EVERY) {
    const members = retail.slice(index, index + 2);
    const head = members[0] as Customer;
    const householdId = rng.uuid();
    const actor = { id: head.relationshipManagerId, role: 'relationship-manager' };
    const by = { householdId, actor, now: at };
    const commands: HouseholdCommand[] = [
      { ...by, type: 'FormHousehold', name: `${head.name}家`, branchId: head.branchId },
      ...members.map((member, position) => ({
        ...by,
        type: 'JoinHousehold' as const,
        customerId: member.customerId,
        role: ROLES[position] ?? 'other',
        customer: { customerId: member.customerId, active: true, householdId: null },
      })),
    ];
    let state = householdAggregate.initialState();
    const events: EventToAppend[] = [];
    for (const command of commands) {
      for (const decided of householdAggregate.decide(command, state, DEFAULT_POLICIES)) {
        state = householdAggregate.evolve(state, decided.event);
        events.push(envelope(decided, rng));
        written[decided.event.type] = (written[decided.event.type] ?? 0) + 1;
      }
    }
    // Each member's register claimed first, as the join route does (ADR 0027).
    for (const member of members) {
      const claim = { type: 'ClaimHouseholdMembership', customerId: member.customerId, householdId } as const;
      const claimed = membershipAggregate.decide(
        { ...claim, holder: null, actor, now: at },
        membershipAggregate.initialState(),
        DEFAULT_POLICIES,
      );
      for (const decided of claimed) written[decided.event.type] = (written[decided.event.type] ?? 0) + 1;
      await store.append(
        `membership-${member.customerId}`,
        claimed.map((decided) => envelope(decided, rng)),
        { streamState: 'no_stream' },
      );
    }
    await store.append(`household-${householdId}`, events, { streamState: 'no_stream' });
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
