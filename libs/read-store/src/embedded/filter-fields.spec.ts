import { fieldsRead } from './filter-fields';

describe('fieldsRead', () => {
  it('names the top-level fields of conditions, logical clauses and the sort', () => {
    const filter = {
      status: 'active',
      $or: [{ tier: { $in: ['gold'] } }, { $nor: [{ nextContactDue: { $lt: '2026-11-24' } }] }],
      maturityWindows: { $elemMatch: { from: { $lte: '2026-11-24' } } },
      'customer.name': 'x',
    };
    expect(fieldsRead(filter, { _id: 1, 'a.b': -1 })).toEqual(
      new Set(['status', 'tier', 'nextContactDue', 'maturityWindows', 'customer', '_id', 'a']),
    );
  });

  it('gives up on operators that may read any field', () => {
    expect(fieldsRead({ $expr: { $gt: ['$a', '$b'] } })).toBeNull();
    expect(fieldsRead({ $and: [{ a: 1 }, { $where: 'true' }] })).toBeNull();
    expect(fieldsRead({ $or: 'not a list' })).toBeNull();
  });

  it('reads nothing for an empty filter', () => {
    expect(fieldsRead({})).toEqual(new Set());
  });
});
