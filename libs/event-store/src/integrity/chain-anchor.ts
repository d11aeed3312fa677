import type { RecordedEvent } from '../event-store.port';
import type { JsonObject } from '../json';
import type { Position } from '../position';
import { byStream, leafHash, type StreamHead, treeRoot } from './merkle';

/** The store's own stream of anchors; no `customer-` prefix, so the feed and projections never see it. */
export const ANCHOR_STREAM = 'integrity';
export const CHAIN_ANCHORED = 'ChainAnchored';

/**
 * The data of a ChainAnchored event. `root` is the Merkle root over the head of every other stream
 * as of `position`; `moved` lists the heads that changed since the previous anchor, so folding the
 * anchors in order gives the leaves of each root without storing them all in every event.
 */
export interface ChainAnchoredData {
  position: Position;
  root: string;
  streams: number;
  moved: StreamHead[];
}

/** One anchor as exported: what a bank notarises, and where it sits in the integrity stream. */
export interface ChainAnchor {
  revision: number;
  recordedAt: string;
  position: Position;
  root: string;
  streams: number;
}

export function anchorOf(event: RecordedEvent): ChainAnchor & { moved: StreamHead[] } {
  const data = event.data as unknown as ChainAnchoredData;
  return {
    revision: Number(event.revision),
    recordedAt: event.metadata.recordedAt,
    position: data.position,
    root: data.root,
    streams: data.streams,
    moved: Array.isArray(data.moved) ? data.moved : [],
  };
}

/**
 * Every stream's head as the anchors so far vouch for it: the fold of their `moved` lists. The
 * leaf digests and the stream order are kept between roots, so an anchor hashes again only the
 * leaves of the streams that moved (hashing every leaf was most of an anchor's time).
 */
export class AnchoredHeads {
  private readonly heads = new Map<string, StreamHead>();
  private readonly leaves = new Map<string, Buffer>();
  private order: string[] | null = null;

  static of(anchors: readonly RecordedEvent[]): AnchoredHeads {
    const folded = new AnchoredHeads();
    for (const event of anchors) if (event.type === CHAIN_ANCHORED) folded.apply(anchorOf(event).moved);
    return folded;
  }

  apply(moved: readonly StreamHead[]): void {
    for (const head of moved) {
      if (!this.heads.has(head.stream)) this.order = null;
      this.heads.set(head.stream, head);
      this.leaves.delete(head.stream);
    }
  }

  get(stream: string): StreamHead | undefined {
    return this.heads.get(stream);
  }

  streams(): IterableIterator<string> {
    return this.heads.keys();
  }

  get size(): number {
    return this.heads.size;
  }

  /** The same root as merkleRoot over every head. */
  root(): string {
    this.order ??= [...this.heads.values()].sort(byStream).map((head) => head.stream);
    return treeRoot(this.order.map((stream) => this.leafOf(stream)));
  }

  private leafOf(stream: string): Buffer {
    let leaf = this.leaves.get(stream);
    if (leaf === undefined) this.leaves.set(stream, (leaf = leafHash(this.heads.get(stream) as StreamHead)));
    return leaf;
  }
}

/** The event that records an anchor. */
export function chainAnchored(data: ChainAnchoredData): { type: string; data: JsonObject } {
  return { type: CHAIN_ANCHORED, data: data as unknown as JsonObject };
}
