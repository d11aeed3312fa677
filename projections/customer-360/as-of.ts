import { type DomainPolicies, isWithinCut, type TimeCut } from '@ledger/domain';
import type { RecordedEvent } from '@ledger/event-store';
import { instantOf } from '../shared/time-range';
import { CUSTOMERS, type Customer360Document } from './customer-360.document';
import { customer360Projection } from './customer-360.projection';
import type { Customer360View } from './customer-360.view';
import { present } from './present';

/**
 * The 360 view through an auditor's cut (ADR 0033): the projection's own evolve folded, in stream
 * order, over the events that had happened by `asOf` (business time) and that the ledger had
 * recorded by `knownAt`, so the live and the past views can never disagree. Time-dependent fields
 * are judged at `now`, by default at `asOf` (else `knownAt`). Null: no customer in that cut.
 */
export function customer360AsOf(
  events: readonly RecordedEvent[],
  cut: TimeCut,
  policies: DomainPolicies,
  now?: string,
): Customer360View | null {
  const judgedAt = now ?? cut.asOf ?? cut.knownAt;
  if (judgedAt === undefined) throw new RangeError('a past view needs asOf, knownAt or now');
  const bounds: TimeCut = {
    ...(cut.asOf === undefined ? {} : { asOf: instantOf(cut.asOf) }),
    ...(cut.knownAt === undefined ? {} : { knownAt: instantOf(cut.knownAt) }),
  };
  const { filter, documentIds, evolve } = customer360Projection(policies);
  let document: Customer360Document | null = null;
  for (const event of events) {
    if (!isWithinCut(event, bounds)) continue;
    if (filter?.eventTypes !== undefined && !filter.eventTypes.includes(event.type)) continue;
    for (const { collection, id } of documentIds(event)) {
      if (collection === CUSTOMERS) document = evolve(document, event, collection, id);
    }
  }
  return document === null ? null : present(document, judgedAt, policies);
}
