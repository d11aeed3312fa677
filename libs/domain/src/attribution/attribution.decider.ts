import { assertNever } from '../assert-never';
import { HoldingAlreadyCredited } from '../errors/attribution.errors';
import type { HoldingAttributionPolicy } from '../policies/holding-attribution.policy';
import { toMs } from '../time';
import type { AttributeHolding, AttributionCommand } from './attribution.commands';
import type { AttributionEvent } from './attribution.events';
import type { AttributionState } from './attribution.state';

export function decideAttribution(
  command: AttributionCommand,
  state: AttributionState,
  policy: HoldingAttributionPolicy,
): AttributionEvent[] {
  switch (command.type) {
    case 'AttributeHolding':
      return attribute(command, state, policy);
    case 'ReleaseHoldingAttribution':
      // Only this opportunity's claim is undone; a later claimant keeps the holding.
      if (state.opportunityId !== command.opportunityId) return [];
      return [
        {
          type: 'HoldingAttributionReleased',
          schemaVersion: 1,
          data: { opportunityId: command.opportunityId, releasedAt: command.now },
        },
      ];
    default:
      return assertNever(command);
  }
}

function attribute(
  command: AttributeHolding,
  state: AttributionState,
  policy: HoldingAttributionPolicy,
): AttributionEvent[] {
  // A retry of the same win: already claimed, nothing to record.
  if (state.opportunityId === command.opportunityId) return [];
  if (state.opportunityId !== null && !isAbandoned(command, state, policy))
    throw new HoldingAlreadyCredited(command.holdingId, state.opportunityId);
  const { customerId, holdingId, opportunityId } = command;
  return [
    {
      type: 'HoldingAttributed',
      schemaVersion: 1,
      data: { customerId, holdingId, opportunityId, attributedAt: command.now },
    },
  ];
}

/**
 * A claim whose win never got recorded (the process stopped between the two appends) may be taken
 * over: at once when its opportunity was lost instead, else once the policy's time has passed — sooner,
 * the win may still be on its way. Only facts about this very claimant count.
 */
function isAbandoned(
  command: AttributeHolding,
  state: AttributionState,
  policy: HoldingAttributionPolicy,
): boolean {
  const facts = command.claimant;
  if (facts === null || facts.opportunityId !== state.opportunityId || facts.wonWith === command.holdingId)
    return false;
  if (facts.lost) return true;
  if (state.attributedAt === null) return false;
  return toMs(command.now) - toMs(state.attributedAt) >= policy.abandonedAfterSeconds * 1000;
}
