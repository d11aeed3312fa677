import type { DomainPolicies } from '@ledger/domain';
import type { RecordedEvent } from '@ledger/event-store';
import { instantOf } from '../shared/time-range';
import { CUSTOMERS, type Customer360Document } from './customer-360.document';
import { customer360Projection } from './customer-360.projection';
import type { Customer360View } from './customer-360.view';
import { present } from './present';

/**
 * The 360 view as it stood at a past recorded time: the projection's own evolve folded over the
 * stream's events recorded up to `asOf`, so the live and the as-of views can never disagree.
 * Time-dependent fields are judged at `now`, by default at `asOf` itself. Null: no customer yet.
 */
export function customer360AsOf(
  events: readonly RecordedEvent[],
  asOf: string,
  policies: DomainPolicies,
  now: string = asOf,
): Customer360View | null {
  const cutoff = Date.parse(instantOf(asOf));
  const { filter, documentIds, evolve } = customer360Projection(policies);
  let document: Customer360Document | null = null;
  for (const event of events) {
    if (Date.parse(event.metadata.recordedAt) > cutoff) continue;
    if (filter?.eventTypes !== undefined && !filter.eventTypes.includes(event.type)) continue;
    for (const { collection, id } of documentIds(event)) {
      if (collection === CUSTOMERS) document = evolve(document, event, collection, id);
    }
  }
  return document === null ? null : present(document, now, policies);
}
