import type { ChangedDocument, FoldResult } from './batch-fold';
import { DocumentSizes } from './document-sizes';
import type { ParkedStream } from './parked-streams';
import type { Position } from '@ledger/event-store';
import type { ReadDocument } from '@ledger/read-store';
import type { DocumentKey } from './projection';

/**
 * What a runner has folded but not yet committed: the documents it holds (loaded or evolved), the
 * changed ones to write, and parked-stream changes. While catching up, one commit covers many
 * batches, so a document touched by many events is written once instead of once per batch.
 * Memory is the truth until the commit; a crash before it only repeats the folding.
 */
export class WorkingSet {
  /** Documents by cache key as the fold last left them; null = known absent or deleted. */
  readonly documents = new Map<string, ReadDocument | null>();
  /** Position of the last event applied to each held document (see FoldOptions.positions). */
  readonly positions = new Map<string, Position>();
  /** Loaded documents whose position is beyond the checkpoint (see FoldOptions.ahead). */
  readonly ahead = new Set<string>();
  /** Changed documents to write at the next commit. */
  readonly changed = new Map<string, ChangedDocument>();
  /** Parked-stream changes to write at the next commit; null = unparked. */
  readonly parked = new Map<string, ParkedStream | null>();
  /** Events folded since the last commit. */
  events = 0;
  /** Estimated memory of the documents held (see DocumentSizes): what bounds a catch-up window. */
  bytes = 0;
  private readonly sizes = new DocumentSizes();

  /** A document loaded from the read store (null: absent there). */
  hold(key: DocumentKey, cached: string, document: ReadDocument | null): void {
    this.documents.set(cached, document);
    const position: unknown = document?.['_position'];
    if (typeof position === 'string') this.positions.set(cached, position);
    this.bytes += this.sizes.estimate(key.collection);
  }

  /** Takes a fold's changes in; later folds of a document replace earlier ones. */
  absorb(result: FoldResult, events: number): void {
    for (const [cached, change] of result.documents) {
      this.changed.set(cached, change);
      this.sizes.observe(change.key.collection, change.document);
    }
    for (const [stream, parked] of result.parked) this.parked.set(stream, parked);
    this.events += events;
  }

  get pending(): boolean {
    return this.events > 0 || this.changed.size > 0 || this.parked.size > 0;
  }

  /** After a commit: the read store holds everything, so memory is given back. */
  clear(): void {
    this.documents.clear();
    this.positions.clear();
    this.ahead.clear();
    this.changed.clear();
    this.parked.clear();
    this.events = 0;
    this.bytes = 0;
  }
}
