/**
 * The register of which opportunity a holding won (`attribution-<customerId>.<holdingId>`): one
 * stream per holding, so appending at the revision read makes two wins by one holding impossible.
 */
export type HoldingAttributed = {
  type: 'HoldingAttributed';
  schemaVersion: 1;
  data: { customerId: string; holdingId: string; opportunityId: string; attributedAt: string };
};

/** The win that claimed the holding was refused: the holding may win another opportunity. */
export type HoldingAttributionReleased = {
  type: 'HoldingAttributionReleased';
  schemaVersion: 1;
  data: { opportunityId: string; releasedAt: string };
};

export type AttributionEvent = HoldingAttributed | HoldingAttributionReleased;

export const ATTRIBUTION_EVENT_TYPES = ['HoldingAttributed', 'HoldingAttributionReleased'] as const;

export function isAttributionEventType(type: string): type is AttributionEvent['type'] {
  return (ATTRIBUTION_EVENT_TYPES as readonly string[]).includes(type);
}

export function attributionOccurredAtOf(event: AttributionEvent): string {
  return event.type === 'HoldingAttributed' ? event.data.attributedAt : event.data.releasedAt;
}
