import { type CustomerState, initialState } from '@ledger/domain';
import { type Folded, FoldedStreams } from './folded-streams';

const at = (revision: number): Folded<CustomerState> => ({
  revision: BigInt(revision),
  position: String(revision + 1),
  state: initialState(),
});

describe('FoldedStreams', () => {
  it('evicts the least recently used stream beyond its capacity', () => {
    const cache = new FoldedStreams(2);
    cache.remember('customer-a', at(1));
    cache.remember('customer-b', at(1));
    cache.get('customer-a');
    cache.remember('customer-c', at(1));
    expect(cache.get('customer-b')).toBeUndefined();
    expect(cache.get('customer-a')?.revision).toBe(1n);
    expect(cache.get('customer-c')?.revision).toBe(1n);
    expect(cache.size).toBe(2);
  });

  it('keeps the later revision when commands on one stream finish out of order', () => {
    const cache = new FoldedStreams();
    cache.remember('customer-a', at(5));
    cache.remember('customer-a', at(4));
    expect(cache.get('customer-a')?.revision).toBe(5n);
    cache.remember('customer-a', at(6));
    expect(cache.get('customer-a')?.revision).toBe(6n);
  });

  it('forgets a stream', () => {
    const cache = new FoldedStreams();
    cache.remember('customer-a', at(1));
    cache.forget('customer-a');
    expect(cache.get('customer-a')).toBeUndefined();
  });

  it('keeps nothing with capacity 0', () => {
    const cache = new FoldedStreams(0);
    cache.remember('customer-a', at(1));
    expect(cache.get('customer-a')).toBeUndefined();
    expect(() => new FoldedStreams(-1)).toThrow(RangeError);
  });
});
