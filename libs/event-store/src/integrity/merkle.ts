import { createHash, hash } from 'node:crypto';

/** One leaf of an anchor's tree: a stream's last event as of the anchored position. */
export interface StreamHead {
  stream: string;
  revision: number;
  hash: string;
}

const LEAF = Buffer.from([0]);
const NODE = Buffer.from([1]);

/** SHA-256(0x00 ‖ UTF-8 of `${stream}\n${revision}\n${hash}`): the prefix keeps leaves and nodes apart. */
export function leafHash(head: StreamHead): Buffer {
  return rawLeafHash(Buffer.from(`${head.stream}\n${head.revision}\n${head.hash}`, 'utf8'));
}

/** Leaves in stream-name order, compared as UTF-16 code units (JavaScript `<`, Java `compareTo`). */
export function byStream(a: StreamHead, b: StreamHead): number {
  return a.stream < b.stream ? -1 : a.stream > b.stream ? 1 : 0;
}

/**
 * The Merkle Tree Hash of RFC 6962 §2.1 over the heads sorted by stream name, as hex: a bank can
 * recompute it with any certificate-transparency library. The tree of n > 1 leaves splits at the
 * largest power of two below n; a node is SHA-256(0x01 ‖ left ‖ right); no leaves hash as SHA-256("").
 */
export function merkleRoot(heads: readonly StreamHead[]): string {
  return treeRoot([...heads].sort(byStream).map(leafHash));
}

/** RFC 6962's Merkle Tree Hash over leaf digests already computed, in their order, as hex. */
export function treeRoot(leaves: readonly Buffer[]): string {
  if (leaves.length === 0) return createHash('sha256').digest('hex');
  return treeHash(leaves, 0, leaves.length).toString('hex');
}

/** RFC 6962's leaf hash of raw bytes: SHA-256(0x00 ‖ bytes). */
export function rawLeafHash(bytes: Buffer): Buffer {
  return createHash('sha256').update(LEAF).update(bytes).digest();
}

// One node's input, 0x01 ‖ left ‖ right, reused: a one-shot hash of it is about twice as fast as an
// incremental one, and a tree over every stream head hashes as many nodes as there are streams.
const node = Buffer.alloc(1 + 32 + 32, NODE);

function treeHash(leaves: readonly Buffer[], from: number, to: number): Buffer {
  const count = to - from;
  if (count === 1) return leaves[from] as Buffer;
  let split = 1;
  while (split * 2 < count) split *= 2;
  const left = treeHash(leaves, from, from + split);
  const right = treeHash(leaves, from + split, to);
  left.copy(node, 1);
  right.copy(node, 33);
  return hash('sha256', node, 'buffer') as unknown as Buffer;
}
