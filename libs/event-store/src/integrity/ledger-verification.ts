import type { EventStore } from '../event-store.port';
import { nextTurn } from '../sqlite/next-turn';
import { ANCHOR_STREAM, AnchoredHeads, anchorOf, type ChainAnchor } from './chain-anchor';

/** Why a stream does not verify. */
export type IntegrityFault =
  /** An event's hash or link does not fit (altered data, actor, time; removed or reordered event). */
  | 'chain-broken'
  /** The stream ends before the head the latest anchor recorded: its tail was cut. */
  | 'tail-removed'
  /** A stream the latest anchor recorded has no events at all. */
  | 'stream-removed'
  /** The event at the anchored revision is not the one anchored: the chain was rewritten. */
  | 'anchored-head-differs'
  /** The anchors' heads no longer give the root the latest anchor recorded. */
  | 'anchor-root-differs';

export interface IntegrityProblem {
  stream: string;
  /** The first revision that does not verify (for the integrity stream: the anchor's revision). */
  revision: number;
  fault: IntegrityFault;
  /** The head revision the latest anchor recorded for the stream, when it did. */
  anchoredRevision?: number;
}

export interface LedgerVerification {
  valid: boolean;
  /** Streams checked, the integrity stream not counted. */
  streams: number;
  /** Events whose chain verified. */
  events: number;
  /** The anchor the streams were checked against; null before the first. */
  anchor: ChainAnchor | null;
  problems: IntegrityProblem[];
}

const YIELD_EVERY_STREAMS = 100;

/**
 * Every stream against its chain (through verifyStream, so an adapter adds its own checks, like
 * SQLite's head rows) and against the latest anchor: what the chains alone cannot show, a cut tail
 * or a removed stream, shows as a head the anchor recorded and the log no longer has.
 */
export interface VerificationProgress {
  streamsChecked: number;
  streams: number;
  events: number;
}

export async function verifyLedger(
  store: EventStore,
  options: { onProgress?: (progress: VerificationProgress) => void } = {},
): Promise<LedgerVerification> {
  const problems: IntegrityProblem[] = [];
  const anchors = await store.readStream(ANCHOR_STREAM);
  const ownChain = await store.verifyStream(ANCHOR_STREAM);
  if (!ownChain.valid)
    problems.push({
      stream: ANCHOR_STREAM,
      revision: Number(ownChain.brokenAt ?? 0n),
      fault: 'chain-broken',
    });
  const heads = AnchoredHeads.of(anchors);
  const last = anchors.at(-1);
  const anchor = last === undefined ? null : withoutMoved(anchorOf(last));
  if (anchor !== null && heads.root() !== anchor.root)
    problems.push({ stream: ANCHOR_STREAM, revision: anchor.revision, fault: 'anchor-root-differs' });

  const streams = new Set(await streamsInLog(store));
  for (const stream of heads.streams()) streams.add(stream);
  let events = 0;
  let checked = 0;
  for (const stream of [...streams].sort()) {
    // An embedded store verifies synchronously: requests waiting on the event loop get their turn.
    if (++checked % YIELD_EVERY_STREAMS === 0) await nextTurn();
    const chain = await store.verifyStream(stream);
    events += chain.events;
    options.onProgress?.({ streamsChecked: checked, streams: streams.size, events });
    const anchored = heads.get(stream);
    const anchoredRevision = anchored === undefined ? {} : { anchoredRevision: anchored.revision };
    if (!chain.valid) {
      const revision = Number(chain.brokenAt ?? 0n);
      problems.push({ stream, revision, fault: 'chain-broken', ...anchoredRevision });
    } else if (anchored !== undefined) {
      const fault = await againstAnchor(store, stream, chain.events, anchored);
      if (fault !== null) problems.push({ stream, ...fault, anchoredRevision: anchored.revision });
    }
  }
  return { valid: problems.length === 0, streams: streams.size, events, anchor, problems };
}

async function againstAnchor(
  store: EventStore,
  stream: string,
  length: number,
  anchored: { revision: number; hash: string },
): Promise<{ revision: number; fault: IntegrityFault } | null> {
  if (length === 0) return { revision: 0, fault: 'stream-removed' };
  if (length <= anchored.revision) return { revision: length, fault: 'tail-removed' };
  const [event] = await store.readStream(stream, { fromRevision: BigInt(anchored.revision), maxCount: 1 });
  if (event?.metadata.hash === anchored.hash) return null;
  return { revision: anchored.revision, fault: 'anchored-head-differs' };
}

/** Every stream in the log but the integrity stream, in the order they were created. */
async function streamsInLog(store: EventStore): Promise<string[]> {
  const head = await store.headPosition();
  if (head === null) return [];
  const names: string[] = [];
  for await (const chunk of store.readByStream({ upTo: head })) {
    if (chunk.stream !== ANCHOR_STREAM && names[names.length - 1] !== chunk.stream) names.push(chunk.stream);
  }
  return names;
}

function withoutMoved({ moved: _moved, ...anchor }: ReturnType<typeof anchorOf>): ChainAnchor {
  return anchor;
}
