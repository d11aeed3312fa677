import {
  type Actor,
  type Customer,
  DEFAULT_POLICIES,
  DomainError,
  type OpportunityCommand,
  opportunityAggregate,
  type OpportunityStage,
} from '@ledger/domain';
import type { EventToAppend, JsonObject } from '@ledger/event-store';
import { iso } from './business-time';
import { Rng } from './prng';

/** How many subscriptions a relationship manager worked as an opportunity, and how many leads came to nothing. */
const WORKED_AS_OPPORTUNITY = 0.4;
const LEADS_LOST_PER_WIN = 0.5;
// The log is written in business-time order a day at a time: an opportunity is worked within the
// hours before its subscription (a planned, weeks-long pipeline would need the customer agenda).
const HOUR_MS = 3_600_000;
const STAGES: readonly OpportunityStage[] = ['contacted', 'needs-analysed', 'proposed', 'closing'];
const SOURCES = ['relationship-manager', 'referral', 'walk-in'] as const;

export type OpportunityStream = { stream: string; events: EventToAppend[] };

/**
 * The opportunities behind a day's subscriptions (issue 16): some were worked by the customer's
 * manager — opened in the hours before, advanced, won by that very holding — and some leads were
 * lost. Each is a whole new stream decided by the opportunity aggregate. Its own generator, seeded
 * from the holding, leaves the customers' histories exactly as they were.
 */
export function opportunitiesOf(
  customer: Customer,
  recorded: readonly EventToAppend[],
  seed: number,
): OpportunityStream[] {
  const streams: OpportunityStream[] = [];
  for (const event of recorded) {
    if (event.type !== 'ProductSubscribed') continue;
    const holding = event.data as {
      holdingId: string;
      productCode: string;
      principal: JsonObject;
      openedAt: string;
    };
    const rng = new Rng(seed, hashOf(holding.holdingId));
    if (!rng.chance(WORKED_AS_OPPORTUNITY)) continue;
    const subscribedAt = Date.parse(holding.openedAt);
    const openedAt = Math.max(Date.parse(customer.onboardedAt), subscribedAt - rng.int(1, 20) * HOUR_MS);
    const facts = {
      customerId: customer.customerId,
      relationshipManagerId: customer.relationshipManagerId,
      branchId: customer.branchId,
      active: customer.status === 'active',
      holdings: {
        [holding.holdingId]: {
          holdingId: holding.holdingId,
          productCode: holding.productCode,
          principal: holding.principal as unknown as { amountMinor: number; currency: string },
          openedAt: holding.openedAt,
        },
      },
    };
    const actor: Actor = { id: customer.relationshipManagerId, role: 'relationship-manager' };
    const expected =
      Math.round((facts.holdings[holding.holdingId]!.principal.amountMinor * rng.between(0.8, 1.3)) / 100) *
      100;
    const open = (opportunityId: string, productCode: string): OpportunityCommand => ({
      type: 'OpenOpportunity',
      opportunityId,
      actor,
      now: iso(openedAt),
      actingBranchId: null,
      customerId: customer.customerId,
      customer: facts,
      productCode,
      source: rng.pick(SOURCES),
      expectedAmount: { amountMinor: expected, currency: 'CNY' },
      openedAt: iso(openedAt),
    });
    const step = (subscribedAt - openedAt) / (STAGES.length + 1);
    const won = rng.uuid();
    const worked: OpportunityCommand[] = [open(won, holding.productCode)];
    STAGES.forEach((stage, index) => {
      if (rng.chance(0.7))
        worked.push({
          type: 'AdvanceOpportunity',
          opportunityId: won,
          actor,
          now: iso(openedAt + step * (index + 1)),
          actingBranchId: null,
          stage,
        });
    });
    worked.push({
      type: 'WinOpportunity',
      opportunityId: won,
      actor,
      now: holding.openedAt,
      actingBranchId: null,
      holdingId: holding.holdingId,
      customer: facts,
    });
    streams.push(streamOf(won, worked, rng));
    if (rng.chance(LEADS_LOST_PER_WIN)) {
      const lost = rng.uuid();
      const lead = [
        open(lost, `${holding.productCode.split('-')[0]!}-ALT`),
        {
          type: 'LoseOpportunity',
          opportunityId: lost,
          actor,
          now: holding.openedAt,
          actingBranchId: null,
          reason: 'chose another product',
        } as const,
      ];
      streams.push(streamOf(lost, lead, rng));
    }
  }
  return streams;
}

function streamOf(
  opportunityId: string,
  commands: readonly OpportunityCommand[],
  rng: Rng,
): OpportunityStream {
  let state = opportunityAggregate.initialState();
  const events: EventToAppend[] = [];
  for (const command of commands) {
    let decided;
    try {
      decided = opportunityAggregate.decide(command, state, DEFAULT_POLICIES);
    } catch (error) {
      // A step the rules refuse (an out-of-order time) is skipped, as the customers' refusals are.
      if (error instanceof DomainError) continue;
      throw error;
    }
    const correlationId = rng.uuid();
    for (const { event, actor, occurredAt } of decided) {
      state = opportunityAggregate.evolve(state, event);
      events.push({
        eventId: rng.uuid(),
        type: event.type,
        data: event.data as unknown as JsonObject,
        metadata: {
          schemaVersion: event.schemaVersion,
          occurredAt,
          actor: { id: actor.id, role: actor.role },
          $correlationId: correlationId,
          $causationId: correlationId,
        },
      });
    }
  }
  return { stream: `opportunity-${opportunityId}`, events };
}

/** A stable small number from a holding id: the index of the holding's own generator. */
function hashOf(text: string): number {
  let hash = 2166136261;
  for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 16777619);
  return (hash >>> 0) % 1_000_000_007;
}
