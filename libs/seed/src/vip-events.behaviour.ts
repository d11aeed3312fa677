import {
  addDays,
  type Customer,
  type DecidedEvent,
  DEFAULT_POLICIES,
  type DomainEvent,
  type VipEventCommand,
  vipEventAggregate,
} from '@ledger/domain';
import type { EventStore, EventToAppend, JsonObject } from '@ledger/event-store';
import { Rng } from './prng';

const MARKETING = { id: 'cm-gao', role: 'campaign-manager' };

/**
 * Two VIP events at the end of the story (ADR 0026): a concert for PRIVATE and STRATEGIC customers
 * ten days on, whose invitations fall due three days after the end, with the first consenting
 * active customers invited by name; and a cancelled salon. The demo worklist then shows invitations.
 */
export async function seedVipEvents(
  store: EventStore,
  customers: readonly (Customer | null)[],
  seed: number,
  at: string,
): Promise<Record<string, number>> {
  const rng = new Rng(seed, 4_000_037);
  const guests = customers
    .filter((customer): customer is Customer => customer?.status === 'active' && customer.consent.marketing)
    .slice(0, 3);
  const concert = rng.uuid();
  const salon = rng.uuid();
  const by = (vipEventId: string) => ({ vipEventId, actor: MARKETING, now: at });
  const schedule = (vipEventId: string, name: string, days: number): VipEventCommand => ({
    ...by(vipEventId),
    type: 'ScheduleVipEvent',
    name,
    date: addDays(at, days),
    inviteeRule: { all: [{ field: 'tier', in: ['PRIVATE', 'STRATEGIC'] }] },
  });
  const plans: [string, VipEventCommand[]][] = [
    [
      concert,
      [
        schedule(concert, '新年音乐会', 10),
        ...guests.map((guest) => ({
          ...by(concert),
          type: 'InviteGuest' as const,
          customerId: guest.customerId,
          guest: { customerId: guest.customerId, active: true, marketingConsent: true },
        })),
      ],
    ],
    [
      salon,
      [
        schedule(salon, '财富沙龙', 20),
        { ...by(salon), type: 'CancelVipEvent', reason: 'speaker unavailable' },
      ],
    ],
  ];
  const written: Record<string, number> = {};
  for (const [vipEventId, commands] of plans) {
    let state = vipEventAggregate.initialState();
    const events: EventToAppend[] = [];
    for (const command of commands)
      for (const decided of vipEventAggregate.decide(command, state, DEFAULT_POLICIES)) {
        state = vipEventAggregate.evolve(state, decided.event);
        events.push(envelope(decided, rng));
        written[decided.event.type] = (written[decided.event.type] ?? 0) + 1;
      }
    await store.append(`vip-event-${vipEventId}`, events, { streamState: 'no_stream' });
  }
  return written;
}

/** A decided event as the store takes it: its own id, and who decided it when. */
export function envelope({ event, actor, occurredAt }: DecidedEvent<DomainEvent>, rng: Rng): EventToAppend {
  return {
    eventId: rng.uuid(),
    type: event.type,
    data: event.data as JsonObject,
    metadata: { schemaVersion: event.schemaVersion, occurredAt, actor: { id: actor.id, role: actor.role } },
  };
}
