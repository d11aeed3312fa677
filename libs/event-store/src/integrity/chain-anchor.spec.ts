import { AnchoredHeads } from './chain-anchor';
import { merkleRoot, type StreamHead } from './merkle';

const head = (stream: string, revision: number): StreamHead => ({
  stream,
  revision,
  hash: `${stream}:${revision}`.padEnd(64, '0'),
});

describe('the heads an anchor vouches for', () => {
  it('keep the root merkleRoot computes over every head while streams move and new ones appear', () => {
    const heads = AnchoredHeads.of([]);
    const all = new Map<string, StreamHead>();
    const apply = (moved: StreamHead[]) => {
      heads.apply(moved);
      for (const one of moved) all.set(one.stream, one);
      expect(heads.root()).toBe(merkleRoot([...all.values()]));
    };
    apply([head('customer-b', 0), head('customer-a', 0)]);
    apply([head('customer-b', 1)]);
    // A new stream sorts between the others; a moved one changes only its own leaf.
    apply([head('customer-ab', 0), head('customer-a', 1)]);
    apply([head('access-2026-12-07', 0)]);
    expect(heads.size).toBe(4);
  });
});
