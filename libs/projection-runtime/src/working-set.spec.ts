import type { FoldResult } from './batch-fold';
import { cacheKey } from './batch-plan';
import type { ProjectedDocument } from './projection';
import { WorkingSet } from './working-set';

const view = (id: string, padding: number): ProjectedDocument => ({
  _id: id,
  _position: '1',
  padding: 'x'.repeat(padding),
});

/** A fold that changed these documents of one collection. */
function folded(collection: string, documents: readonly ProjectedDocument[]): FoldResult {
  const changed = documents.map((document) => {
    const key = { collection, id: document._id };
    return [cacheKey(collection, document._id), { key, document, position: document._position }] as const;
  });
  return { documents: new Map(changed), parked: new Map(), applied: documents.length };
}

describe('a working set', () => {
  it('counts the memory of what it holds by the measured size of each collection, not by documents', () => {
    const working = new WorkingSet();
    const large = view('c1', 2_000);
    const small = view('d1', 100);
    working.absorb(folded('customers', [large]), 1);
    working.absorb(folded('days', [small]), 1);
    working.clear();

    for (const id of ['c2', 'c3'])
      working.hold({ collection: 'customers', id }, cacheKey('customers', id), null);
    const customers = working.bytes;
    for (const id of ['d2', 'd3']) working.hold({ collection: 'days', id }, cacheKey('days', id), null);
    expect(customers).toBe(2 * JSON.stringify(large).length);
    expect(working.bytes - customers).toBe(2 * JSON.stringify(small).length);
  });

  it('gives its memory back at the commit but keeps what it learnt of document sizes', () => {
    const working = new WorkingSet();
    const document = view('c1', 500);
    working.absorb(folded('customers', [document]), 1);
    working.hold({ collection: 'customers', id: 'c1' }, cacheKey('customers', 'c1'), document);
    working.clear();
    expect(working.bytes).toBe(0);
    working.hold({ collection: 'customers', id: 'c2' }, cacheKey('customers', 'c2'), null);
    expect(working.bytes).toBe(JSON.stringify(document).length);
  });
});
