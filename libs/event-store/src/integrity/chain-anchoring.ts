import { randomUUID } from 'node:crypto';
import type { EventStore, RecordedEvent } from '../event-store.port';
import type { From, Position } from '../position';
import { ANCHOR_STREAM, AnchoredHeads, anchorOf, chainAnchored, type ChainAnchor } from './chain-anchor';
import type { StreamHead } from './merkle';

const SYSTEM = { id: 'system', role: 'system' };

/**
 * Keeps every stream's head as the log goes by and records ChainAnchored events: the caller feeds it
 * the log in commit order (a subscription from `from`) and says when an anchor is due. Its heads
 * are exactly those at the last observed position, so a root needs no read of the log. One process
 * anchors a store: a second one would conflict on the integrity stream's expected revision.
 */
export class ChainAnchoring {
  private moved = new Map<string, StreamHead>();
  private pendingEvents = 0;
  private busy = false;

  private constructor(
    private readonly store: EventStore,
    private readonly heads: AnchoredHeads,
    private revision: bigint,
    private position: Position | null,
  ) {}

  /** Resumes from the integrity stream: the heads its anchors vouch for, after the last one's position. */
  static async load(store: EventStore): Promise<ChainAnchoring> {
    const anchors = await store.readStream(ANCHOR_STREAM);
    const last = anchors.at(-1);
    const position = last === undefined ? null : anchorOf(last).position;
    return new ChainAnchoring(store, AnchoredHeads.of(anchors), last?.revision ?? -1n, position);
  }

  /** Where the log is to be read from: after the last anchored position. */
  get from(): From {
    return this.position ?? 'start';
  }

  /** Events observed and not yet anchored. */
  get pending(): number {
    return this.pendingEvents;
  }

  observe(event: RecordedEvent): void {
    if (event.stream === ANCHOR_STREAM) return;
    const head = { stream: event.stream, revision: Number(event.revision), hash: event.metadata.hash };
    this.heads.apply([head]);
    this.moved.set(event.stream, head);
    this.position = event.position;
    this.pendingEvents += 1;
  }

  /** Records an anchor at the last observed position; null when nothing moved or one is being written. */
  async anchor(): Promise<Omit<ChainAnchor, 'recordedAt'> | null> {
    if (this.busy || this.pendingEvents === 0 || this.position === null) return null;
    this.busy = true;
    // Taken synchronously: events observed while the append is under way belong to the next anchor.
    const moved = this.moved;
    const pending = this.pendingEvents;
    this.moved = new Map();
    this.pendingEvents = 0;
    const data = { position: this.position, root: this.heads.root(), streams: this.heads.size };
    try {
      const event = { eventId: randomUUID(), ...chainAnchored({ ...data, moved: [...moved.values()] }) };
      const metadata = { schemaVersion: 1, actor: SYSTEM };
      const streamState = this.revision < 0n ? 'no_stream' : this.revision;
      const result = await this.store.append(ANCHOR_STREAM, [{ ...event, metadata }], { streamState });
      this.revision = result.nextRevision;
      return { revision: Number(result.nextRevision), ...data };
    } catch (error) {
      // Not recorded: the next anchor covers these heads too.
      for (const [stream, head] of moved) if (!this.moved.has(stream)) this.moved.set(stream, head);
      this.pendingEvents += pending;
      throw error;
    } finally {
      this.busy = false;
    }
  }
}
