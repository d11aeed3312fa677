import { InvalidReadStoreRequest, type ReadDocument } from '../../src';
import { type ContractContext, ids, upsert } from './context';

const customers: ReadDocument[] = [
  { _id: 'c1', tier: 'MASS', assets: 50_000, profile: { city: 'Beijing' }, tags: ['fund'], holdings: [] },
  {
    _id: 'c2',
    tier: 'WEALTH',
    assets: 300_000,
    profile: { city: 'Shanghai' },
    tags: ['fund', 'wealth'],
    holdings: [{ productType: 'fund', principal: 200_000, status: 'active' }],
  },
  {
    _id: 'c3',
    tier: 'WEALTH',
    assets: 2_000_000,
    profile: { city: 'Beijing' },
    tags: ['deposit'],
    holdings: [
      { productType: 'fund', principal: 50_000, status: 'matured' },
      { productType: 'deposit', principal: 1_000_000, status: 'active' },
    ],
  },
  { _id: 'c4', tier: 'PRIVATE', assets: 6_000_000, profile: { city: 'Shenzhen' }, tags: [], holdings: [] },
  { _id: 'c5', tier: 'MASS', assets: 0, profile: {}, holdings: [] },
];

export function queryContract({ store, fresh }: ContractContext): void {
  let collection: string;
  beforeEach(async () => {
    collection = fresh('customers');
    await store().commit(customers.map((customer) => upsert(collection, customer)));
  });
  const find = async (filter: Record<string, unknown>) =>
    ids(await store().find(collection, filter, { sort: { _id: 1 } }));

  it('filters by equality, $in, ranges and nested fields', async () => {
    expect(await find({ tier: 'WEALTH' })).toEqual(['c2', 'c3']);
    expect(await find({ tier: { $in: ['MASS', 'PRIVATE'] } })).toEqual(['c1', 'c4', 'c5']);
    expect(await find({ assets: { $gte: 300_000, $lt: 6_000_000 } })).toEqual(['c2', 'c3']);
    expect(await find({ 'profile.city': 'Beijing' })).toEqual(['c1', 'c3']);
    expect(await find({ 'profile.city': { $exists: false } })).toEqual(['c5']);
    expect(await find({ $or: [{ tier: 'PRIVATE' }, { assets: { $lt: 1 } }] })).toEqual(['c4', 'c5']);
    expect(await find({ _id: { $in: ['c2', 'c4', 'missing'] } })).toEqual(['c2', 'c4']);
  });

  it('filters on arrays: element equality and $elemMatch', async () => {
    expect(await find({ tags: 'fund' })).toEqual(['c1', 'c2']);
    expect(await find({ holdings: { $elemMatch: { productType: 'fund', status: 'active' } } })).toEqual([
      'c2',
    ]);
    expect(await find({ holdings: { $elemMatch: { principal: { $gte: 1_000_000 } } } })).toEqual(['c3']);
    expect(await find({ holdings: { $size: 0 } })).toEqual(['c1', 'c4', 'c5']);
  });

  it('sorts, skips and limits', async () => {
    const page = (skip: number, limit: number) =>
      store().find(collection, {}, { sort: { assets: -1 }, skip, limit });
    expect(ids(await page(0, 2))).toEqual(['c4', 'c3']);
    expect(ids(await page(2, 2))).toEqual(['c2', 'c1']);
    expect(ids(await page(4, 2))).toEqual(['c5']);
    expect(ids(await store().find(collection, {}, { sort: { tier: 1, assets: -1 } }))).toEqual([
      'c1',
      'c5',
      'c4',
      'c3',
      'c2',
    ]);
    expect(ids(await store().find(collection, { tier: 'MASS' }, { sort: { _id: -1 }, limit: 0 }))).toEqual([
      'c5',
      'c1',
    ]);
  });

  it('returns only the fields asked for, besides _id, whether or not an index holds them', async () => {
    await store().ensureIndexes(collection, [{ keys: { tier: 1 } }]);
    const picked = await store().find(collection, { tier: 'WEALTH' }, { sort: { _id: 1 }, fields: ['tier'] });
    expect(picked).toEqual([
      { _id: 'c2', tier: 'WEALTH' },
      { _id: 'c3', tier: 'WEALTH' },
    ]);
    const nested = await store().find(collection, { _id: 'c3' }, { fields: ['profile', 'tags', 'absent'] });
    expect(nested).toEqual([{ _id: 'c3', profile: { city: 'Beijing' }, tags: ['deposit'] }]);
    // Copies: changing what came back changes nothing stored.
    (nested[0]?.['profile'] as { city: string }).city = 'Hangzhou';
    expect(await store().findOne(collection, { _id: 'c3' })).toEqual(customers[2]);
    await expect(store().find(collection, {}, { fields: ['profile.city'] })).rejects.toThrow(
      InvalidReadStoreRequest,
    );
  });

  it('counts, with and without a filter', async () => {
    expect(await store().count(collection)).toBe(5);
    expect(await store().count(collection, { tier: 'WEALTH', assets: { $gt: 1_000_000 } })).toBe(1);
    expect(await store().count(collection, { tier: 'STRATEGIC' })).toBe(0);
  });

  it('finds one by _id or by filter, and null when nothing matches', async () => {
    expect(await store().findOne(collection, { _id: 'c4' })).toEqual(customers[3]);
    expect(await store().findOne(collection, { _id: 'c4', tier: 'MASS' })).toBeNull();
    expect((await store().findOne(collection, { 'profile.city': 'Shenzhen' }))?._id).toBe('c4');
    expect(await store().findOne(collection, { _id: 'missing' })).toBeNull();
    expect(await store().findOne(collection, { _id: { $in: ['c4'], $nin: ['c4'] } })).toBeNull();
    expect(ids(await store().find(collection, { _id: { $in: ['c2', 'c4'], $ne: 'c4' } }))).toEqual(['c2']);
  });

  it('answers an unknown collection as an empty one', async () => {
    const unknown = fresh('unknown');
    expect(await store().find(unknown, {})).toEqual([]);
    expect(await store().findOne(unknown, { _id: 'c1' })).toBeNull();
    expect(await store().count(unknown)).toBe(0);
  });
}
