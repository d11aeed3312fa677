import type { EventFilter, Position, RecordedEvent, SealedPaths } from '@ledger/event-store';
import type { IndexSpec, ReadDocument } from '@ledger/read-store';

/** A document a projection writes, addressed by its logical collection (the alias queries use). */
export interface DocumentKey {
  collection: string;
  id: string;
}

/**
 * A read model as a pure fold. The runtime owns subscriptions, batching, checkpoints, idempotency,
 * parking and rebuilds, once for every projection.
 */
export interface Projection<D extends ReadDocument = ReadDocument> {
  /** Stable name, e.g. 'customer-360'; names checkpoints and the projection's registry entry. */
  readonly name: string;
  /** Bump it when the fold or the document shape changes: the runtime rebuilds into new collections. */
  readonly version: number;
  /** Logical collection names (the aliases queries read), e.g. ['customers']. */
  readonly collections: readonly string[];
  /** The events the fold needs; the rest only advance the checkpoint. */
  readonly filter?: EventFilter;
  /** Which documents an event touches: per customer, per business day, per manager and day… */
  documentIds(event: RecordedEvent): readonly DocumentKey[];
  /**
   * The document after the event, or null to delete it. Must not mutate `document` (the runtime
   * discards every change of an event that throws) and must not read clocks or I/O.
   */
  evolve(document: D | null, event: RecordedEvent, collection: string, id: string): D | null;
  /**
   * True when the documents do not depend on how different streams' events interleave: each
   * document follows one stream, or adds up several (counts, sums). A build from position 0 may
   * then fold the log stream by stream, each document written about once, instead of in log order.
   */
  readonly rebuildByStream?: boolean;
  /**
   * The version of the policy set the fold computes under, for read models whose documents depend
   * on configured rules (due dates, flags). Each build records it; a build made under another set
   * says so in its status, and bringing history under the new set is an explicit rebuild.
   */
  readonly policyVersion?: string;
  /**
   * The sealed (personal) event fields the fold reads, by event type, e.g.
   * `{ CustomerOnboarded: ['name', 'birthDate'] }`; `{}` when it reads none. A stream pass opens only
   * what its projections declare between them and leaves the rest as ciphertext (ADR 0032). Unset:
   * every sealed field is opened. projections/sealed-fields-read.int-spec.ts checks the declarations.
   */
  readonly sealedFields?: SealedPaths;
  /** Indexes the projection's queries need, by logical collection. */
  readonly indexes?: Readonly<Record<string, readonly IndexSpec[]>>;
}

/** What the runtime stores: the projection's document plus the position of the last event applied. */
export type ProjectedDocument = ReadDocument & { _position: Position };

/** The field that makes each document idempotent: events at or below it are skipped. */
export const POSITION_FIELD = '_position';
