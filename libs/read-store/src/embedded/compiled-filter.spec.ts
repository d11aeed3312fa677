import fc from 'fast-check';
import { Query } from 'mingo';
import type { Filter, ReadDocument } from '../read-store.port';
import { compileFilter } from './compiled-filter';

const primitive = fc.oneof(
  fc.constant(null),
  fc.integer({ min: -2, max: 2 }),
  fc.constantFrom('', 'a', 'b', '2026-01-01', '2026-11-24', '2026-12-31'),
  fc.boolean(),
);
const value = fc.oneof(fc.constant(undefined), primitive, fc.array(primitive, { maxLength: 3 }));
const document = fc.record({ a: value, b: value }).map(({ a, b }) => {
  const made: ReadDocument = { _id: 'd' };
  if (a !== undefined) made['a'] = a;
  if (b !== undefined) made['b'] = b;
  return made;
});

const operator = fc.constantFrom('$eq', '$ne', '$lt', '$lte', '$gt', '$gte');
const condition = fc.oneof(
  primitive,
  fc.dictionary(operator, primitive, { minKeys: 1, maxKeys: 2 }),
  fc.record({ $in: fc.array(primitive, { minLength: 1, maxLength: 3 }) }),
  fc.record({ $elemMatch: fc.dictionary(operator, primitive, { minKeys: 1, maxKeys: 2 }) }),
);
const fieldFilter = fc.dictionary(fc.constantFrom('a', 'b'), condition, { minKeys: 1, maxKeys: 2 });
const filter: fc.Arbitrary<Filter> = fc.oneof(
  fieldFilter,
  fc.record({ $and: fc.array(fieldFilter, { minLength: 1, maxLength: 2 }) }),
  fc.record({ $or: fc.array(fieldFilter, { minLength: 1, maxLength: 2 }) }),
  fc.record({ $nor: fc.array(fieldFilter, { minLength: 1, maxLength: 2 }) }),
  fc.record({ $and: fc.array(fc.record({ $nor: fc.array(fieldFilter, { minLength: 1, maxLength: 2 }) })) }),
);

const mingo = (tested: Filter) => new Query(tested, { scriptEnabled: false });

describe('compiled filters', () => {
  it('match exactly the documents mingo matches, whenever they compile', () => {
    fc.assert(
      fc.property(filter, fc.array(document, { maxLength: 12 }), (tested, documents) => {
        const compiled = compileFilter(tested);
        if (compiled === undefined) return;
        const reference = mingo(tested);
        for (const candidate of documents) expect(compiled(candidate)).toBe(reference.test(candidate));
      }),
      { numRuns: 3000 },
    );
  });

  it('compile the shapes the customer list writes (GET /customers filters)', () => {
    const shapes: Filter[] = [
      { tier: 'PRIVATE', segment: 'retail', relationshipManagerId: 'rm-1' },
      { $and: [{ status: 'active', nextContactDue: { $lt: '2026-11-24' } }] },
      { $and: [{ $nor: [{ status: 'active', lastActivityAt: { $lte: '2026-05-28T00:00:00.000Z' } }] }] },
      { $and: [{ maturityDates: { $elemMatch: { $gte: '2026-11-24', $lte: '2026-12-24' } } }] },
      {
        $and: [
          {
            growingFrom: { $lte: '2026-11-24T00:00:00.000Z' },
            matureFrom: { $gt: '2026-11-24T00:00:00.000Z' },
          },
        ],
      },
    ];
    for (const shape of shapes) expect(compileFilter(shape)).toBeDefined();
  });

  it('leave what they do not know to mingo', () => {
    for (const unknown of [
      { 'a.b': 1 },
      { a: { $exists: true } },
      { a: { $regex: 'x' } },
      { a: { b: 1 } },
      { $where: 'true' },
      { a: { $lt: null } },
    ] as Filter[])
      expect(compileFilter(unknown)).toBeUndefined();
  });
});
