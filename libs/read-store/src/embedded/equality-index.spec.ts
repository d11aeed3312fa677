import fc from 'fast-check';
import type { Filter, ReadDocument } from '../read-store.port';
import { MemoryCollection, query } from './memory-collection';

const scalar = fc.oneof(
  fc.constant(null),
  fc.integer({ min: 0, max: 2 }),
  fc.constantFrom('cm-1', 'cm-2', 'x'),
);
const tags = fc.oneof(
  fc.constant(undefined),
  scalar,
  fc.array(scalar, { maxLength: 3 }),
  fc.constant([{ nested: 'cm-1' }]),
);
const write = fc.oneof(
  fc.record({ kind: fc.constant('put' as const), id: fc.integer({ min: 0, max: 8 }), tags }),
  fc.record({ kind: fc.constant('remove' as const), id: fc.integer({ min: 0, max: 8 }) }),
);
const read: fc.Arbitrary<{ kind: 'read'; filter: Filter }> = fc
  .oneof(
    scalar.map((value): Filter => ({ tags: value })),
    scalar.map((value): Filter => ({ tags: { $eq: value } })),
    fc.array(scalar, { minLength: 1, maxLength: 2 }).map((values): Filter => ({ tags: { $in: values } })),
  )
  .map((filter) => ({ kind: 'read' as const, filter }));

describe('an equality index on a field that holds arrays (multikey)', () => {
  it('files each element, so equality narrows to the arrays holding the value; pages and totals equal mingo', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(write, read), { maxLength: 30 }), (steps) => {
        const collection = new MemoryCollection('audits');
        collection.addIndex('byTag', { keys: { tags: 1 } });
        for (const step of steps) {
          if (step.kind === 'remove') collection.remove(`d-${step.id}`);
          if (step.kind === 'put') {
            const id = `d-${step.id}`;
            collection.put(
              step.tags === undefined ? { _id: id } : ({ _id: id, tags: step.tags } as ReadDocument),
            );
          }
          if (step.kind !== 'read') continue;
          const { filter } = step;
          const all = [...collection.documents.values()];
          const ids = (documents: ReadDocument[]) => documents.map((document) => document._id).sort();
          expect(ids(collection.find(filter))).toEqual(ids(query(all, filter)));
          expect(collection.count(filter)).toBe(query(all, filter).length);
          // Narrowing may over-include, never keep what was replaced or removed.
          const current = (id: string) => collection.documents.has(id);
          expect([...collection.candidateIds(filter)].every(current)).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('a committee member narrows the candidates to the entries naming them', () => {
    const collection = new MemoryCollection('audits');
    collection.addIndex('byCommittee', { keys: { committee: 1 } });
    for (let index = 0; index < 100; index += 1)
      collection.put({ _id: `e-${index}`, committee: index === 7 ? ['cm-1', 'cm-9'] : ['cm-2', 'cm-3'] });
    expect([...collection.candidateIds({ committee: 'cm-9' })]).toEqual(['e-7']);
  });
});
