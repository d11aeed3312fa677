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
const filter: fc.Arbitrary<Filter> = fc.oneof(
  scalar.map((value) => ({ tags: value })),
  scalar.map((value) => ({ tags: { $eq: value } })),
  fc.array(scalar, { minLength: 1, maxLength: 2 }).map((values) => ({ tags: { $in: values } })),
);

describe('an equality index on a field that holds arrays (multikey)', () => {
  it('files each element, so equality narrows to the arrays holding the value; pages and totals equal mingo', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(write, filter), { maxLength: 30 }), (steps) => {
        const collection = new MemoryCollection('audits');
        collection.addIndex('byTag', { keys: { tags: 1 } });
        for (const step of steps) {
          if ('kind' in step) {
            const id = `d-${step.id}`;
            if (step.kind === 'remove') collection.remove(id);
            else
              collection.put(
                step.tags === undefined ? { _id: id } : ({ _id: id, tags: step.tags } as ReadDocument),
              );
            continue;
          }
          const all = [...collection.documents.values()];
          const ids = (documents: ReadDocument[]) => documents.map((document) => document._id).sort();
          expect(ids(collection.find(step))).toEqual(ids(query(all, step)));
          expect(collection.count(step)).toBe(query(all, step).length);
          // Narrowing may over-include, never keep what was replaced or removed.
          const current = (id: string) => collection.documents.has(id);
          expect([...collection.candidateIds(step)].every(current)).toBe(true);
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
