import {
  type Actor,
  ATTRIBUTION_EVENT_TYPES,
  type AttributionCommand,
  type AttributionEvent,
  DEFAULT_POLICIES,
  decideAttribution,
  evolveAttribution,
  initialAttributionState,
} from '@ledger/domain';
import { problems, servedValidator } from './test/catalog-ajv';

const RM: Actor = { id: 'rm-li', role: 'relationship-manager' };
const NOW = '2026-12-07T09:00:00.000Z';
const holding = { customerId: 'c-1', holdingId: 'h-1' };

/** A holding claimed by a win that was refused, then by another opportunity: every attribution event. */
function attributionEvents(): AttributionEvent[] {
  const commands: AttributionCommand[] = [
    { type: 'AttributeHolding', ...holding, opportunityId: 'o-1', claimant: null, actor: RM, now: NOW },
    { type: 'ReleaseHoldingAttribution', ...holding, opportunityId: 'o-1', actor: RM, now: NOW },
    { type: 'AttributeHolding', ...holding, opportunityId: 'o-2', claimant: null, actor: RM, now: NOW },
  ];
  let state = initialAttributionState();
  const events: AttributionEvent[] = [];
  for (const command of commands)
    for (const event of decideAttribution(command, state, DEFAULT_POLICIES.holdingAttribution)) {
      events.push(event);
      state = evolveAttribution(state, event);
    }
  return events;
}

describe('events the holding attribution register produces', () => {
  const events = attributionEvents();

  it('cover every attribution event type of the catalog', () => {
    expect(new Set(events.map((event) => event.type))).toEqual(new Set(ATTRIBUTION_EVENT_TYPES));
  });

  it.each(events.map((event, index) => [index, event.type, event] as const))(
    'validate against their schema: #%i %s',
    (_index, type, event) => {
      const validate = servedValidator(type);
      expect(validate(event.data) ? '' : problems(validate)).toBe('');
    },
  );
});
