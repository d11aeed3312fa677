import { assertNever } from '../assert-never';
import type { AttributionEvent } from './attribution.events';

/** Which opportunity holds the claim (null: none), and since when. */
export type AttributionState = { opportunityId: string | null; attributedAt: string | null };

export const initialAttributionState = (): AttributionState => ({ opportunityId: null, attributedAt: null });

export function evolveAttribution(state: AttributionState, event: AttributionEvent): AttributionState {
  switch (event.type) {
    case 'HoldingAttributed':
      return { opportunityId: event.data.opportunityId, attributedAt: event.data.attributedAt };
    case 'HoldingAttributionReleased':
      return state.opportunityId === event.data.opportunityId ? initialAttributionState() : state;
    default:
      return assertNever(event);
  }
}
