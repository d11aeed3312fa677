import {
  type Actor,
  type CustomerFacts,
  DEFAULT_POLICIES,
  type OpportunityCommand,
  type OpportunityEvent,
  opportunityAggregate,
} from '@ledger/domain';
import { RETAIL_ID } from './customer-journeys';

const RM: Actor = { id: 'rm-li', role: 'relationship-manager' };
const cny = (yuan: number) => ({ amountMinor: yuan * 100, currency: 'CNY' });
const customer: CustomerFacts = {
  customerId: RETAIL_ID,
  relationshipManagerId: RM.id,
  branchId: 'branch-sh-01',
  active: true,
  holdings: {
    'WM-2026-000777': {
      holdingId: 'WM-2026-000777',
      productCode: 'WM-115D-5.1',
      principal: cny(280_000),
      openedAt: '2026-11-27T10:00:00.000Z',
    },
  },
};
const by = (opportunityId: string, day: string) => ({
  opportunityId,
  actor: RM,
  now: `2026-11-${day}T09:00:00.000Z`,
  actingBranchId: null,
});

/** Two opportunities through every event type: one from a campaign won, one walk-in lost. */
function journey(): OpportunityCommand[] {
  const won = '7d3f1e2a-9b4c-4d5e-8f60-1a2b3c4d5e6f';
  const lost = '8e4a2f3b-0c5d-4e6f-9a71-2b3c4d5e6f70';
  const open = { customerId: RETAIL_ID, customer, expectedAmount: cny(300_000) };
  return [
    {
      ...by(won, '24'),
      type: 'OpenOpportunity',
      ...open,
      productCode: 'WM-115D-5.1',
      source: 'campaign',
      campaignId: '5a6b7c8d-1e2f-4a3b-9c4d-5e6f7a8b9c0d',
    },
    { ...by(won, '25'), type: 'AdvanceOpportunity', stage: 'contacted' },
    { ...by(won, '26'), type: 'AdvanceOpportunity', stage: 'proposed' },
    { ...by(won, '27'), type: 'WinOpportunity', holdingId: 'WM-2026-000777', customer },
    { ...by(lost, '24'), type: 'OpenOpportunity', ...open, source: 'walk-in' },
    { ...by(lost, '28'), type: 'LoseOpportunity', reason: 'prefers a deposit' },
  ];
}

/** The events the opportunity aggregate decides for the journey, as the command path would. */
export function opportunityEvents(): OpportunityEvent[] {
  const states = new Map<string, ReturnType<typeof opportunityAggregate.initialState>>();
  const events: OpportunityEvent[] = [];
  for (const command of journey()) {
    let state = states.get(command.opportunityId) ?? opportunityAggregate.initialState();
    for (const { event } of opportunityAggregate.decide(command, state, DEFAULT_POLICIES)) {
      state = opportunityAggregate.evolve(state, event);
      events.push(event);
    }
    states.set(command.opportunityId, state);
  }
  return events;
}
