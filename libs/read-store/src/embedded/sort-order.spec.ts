import fc from 'fast-check';
import type { Filter, ReadDocument, Sort } from '../read-store.port';
import { MemoryCollection, query } from './memory-collection';

const value = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.integer({ min: -3, max: 3 }),
  fc.constantFrom('', 'a', 'B', 'b', 'é', '😀', '2026-11-24T10:00:00.000Z'),
  fc.boolean(),
);
const write = fc.oneof(
  fc.record({ kind: fc.constant('put' as const), id: fc.integer({ min: 0, max: 12 }), a: value, b: value }),
  fc.record({ kind: fc.constant('remove' as const), id: fc.integer({ min: 0, max: 12 }) }),
);
const sorts: Sort[] = [{ _id: 1 }, { _id: -1 }, { a: 1, _id: 1 }, { a: -1 }, { b: 1, a: -1 }, { a: 1 }];
const filters: Filter[] = [
  {},
  { b: { $gte: 0 } },
  { a: { $ne: null } },
  { b: 'a' },
  { b: { $in: [1, 'b', null] }, a: { $gte: 0 } },
];
const read = fc.record({
  /** The total: not asked, asked right after the page (as a paged list does), or asked alone. */
  total: fc.constantFrom('none', 'after-page', 'alone'),
  sort: fc.constantFrom(...sorts),
  filter: fc.constantFrom(...filters),
  skip: fc.integer({ min: 0, max: 4 }),
  limit: fc.integer({ min: 0, max: 5 }),
});

describe('sorted pages walk a kept sort order, and remember their total', () => {
  it('give exactly the page and total mingo gives over the same documents, through any sequence of writes', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.array(fc.oneof(write, read), { maxLength: 40 }), (indexed, steps) => {
        const collection = new MemoryCollection('c');
        // With an index on b, equality on b narrows the candidates the walk tests.
        if (indexed) collection.addIndex('byB', { keys: { b: 1 } });
        for (const step of steps) {
          if ('kind' in step) {
            const id = `d-${step.id}`;
            if (step.kind === 'remove') collection.remove(id);
            else {
              const document: ReadDocument = { _id: id };
              if (step.a !== undefined) document['a'] = step.a;
              if (step.b !== undefined) document['b'] = step.b;
              collection.put(document);
            }
            continue;
          }
          const options = { sort: step.sort, skip: step.skip, limit: step.limit };
          if (step.total !== 'alone') {
            const expected = query([...collection.documents.values()], step.filter, options);
            // Whole documents: a kept order must hand out the current version of each.
            expect(collection.find(step.filter, options)).toEqual(expected);
          }
          // The walk remembers its total; a write since must make count test the documents again.
          if (step.total !== 'none') {
            const total = query([...collection.documents.values()], step.filter).length;
            expect(collection.count(step.filter)).toBe(total);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('hands out the current version of a document replaced without moving, and drops one that moved', () => {
    const collection = new MemoryCollection('c');
    collection.put({ _id: 'd-1', a: 2, b: 'x' });
    collection.put({ _id: 'd-2', a: 1, b: 'y' });
    const byId = { sort: { _id: 1 } as Sort };
    const byA = { sort: { a: 1 } as Sort };
    expect(collection.find({}, byId)).toHaveLength(2);
    expect(collection.find({}, byA)).toHaveLength(2);
    collection.put({ _id: 'd-1', a: 0, b: 'z' });
    expect(collection.find({}, byId)).toEqual([
      { _id: 'd-1', a: 0, b: 'z' },
      { _id: 'd-2', a: 1, b: 'y' },
    ]);
    expect(collection.find({ b: 'z' }, byA)).toEqual([{ _id: 'd-1', a: 0, b: 'z' }]);
    expect(collection.find({}, byA).map((document) => document._id)).toEqual(['d-1', 'd-2']);
  });

  it('leaves arrays and objects to mingo, which knows their sort rules', () => {
    const collection = new MemoryCollection('c');
    collection.put({ _id: 'x', a: [3, 1] });
    collection.put({ _id: 'y', a: 2 });
    const options = { sort: { a: 1 } as Sort };
    expect(collection.find({}, options)).toEqual(query([...collection.documents.values()], {}, options));
  });
});
