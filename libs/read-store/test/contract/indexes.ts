import { type ContractContext, ids, remove, upsert } from './context';

export function indexContract({ store, fresh }: ContractContext): void {
  const worklistIndexes = [{ keys: { relationshipManagerId: 1 as const, dueDate: 1 as const } }];

  it('is idempotent: ensuring the same indexes again changes nothing', async () => {
    const worklist = fresh('worklist');
    await store().ensureIndexes(worklist, worklistIndexes);
    await store().ensureIndexes(worklist, worklistIndexes);
    await store().ensureIndexes(worklist, []);
    await store().commit([
      upsert(worklist, { _id: 'w1', relationshipManagerId: 'rm-1', dueDate: '2026-11-24' }),
    ]);
    expect(await store().count(worklist, { relationshipManagerId: 'rm-1' })).toBe(1);
  });

  it('answers through an index exactly as without one, as documents change', async () => {
    const [indexed, plain] = [fresh('indexed'), fresh('plain')];
    await store().ensureIndexes(indexed, [{ keys: { tier: 1 } }, { keys: { 'owner.id': 1 } }]);
    for (const collection of [indexed, plain]) {
      await store().commit([
        upsert(collection, { _id: 'c1', tier: 'MASS', owner: { id: 'rm-1' } }),
        upsert(collection, { _id: 'c2', tier: 'WEALTH', owner: { id: 'rm-2' } }),
        upsert(collection, { _id: 'c3', tier: ['MASS', 'KEY'], owner: [{ id: 'rm-1' }] }),
        upsert(collection, { _id: 'c4', owner: null }),
      ]);
      await store().commit([
        upsert(collection, { _id: 'c2', tier: 'MASS', owner: { id: 'rm-3' } }),
        remove(collection, 'c1'),
      ]);
    }
    const filters = [
      { tier: 'MASS' },
      { tier: { $in: ['WEALTH', 'KEY'] } },
      { tier: { $eq: 'MASS' }, _id: { $ne: 'c2' } },
      { tier: null },
      { 'owner.id': 'rm-1' },
      { 'owner.id': { $in: ['rm-3', null] } },
      { 'owner.id': 'rm-2' },
    ];
    for (const filter of filters) {
      const expected = ids(await store().find(plain, filter, { sort: { _id: 1 } }));
      expect({ filter, found: ids(await store().find(indexed, filter, { sort: { _id: 1 } })) }).toEqual({
        filter,
        found: expected,
      });
      expect(await store().count(indexed, filter)).toBe(expected.length);
    }
  });

  it('enforces a unique index on later commits', async () => {
    const reviews = fresh('reviews');
    await store().ensureIndexes(reviews, [{ keys: { reviewId: 1 }, unique: true }]);
    await store().commit([upsert(reviews, { _id: 'r1', reviewId: 'R-1' })]);
    await store().commit([upsert(reviews, { _id: 'r1', reviewId: 'R-1', status: 'open' })]);
    await expect(store().commit([upsert(reviews, { _id: 'r2', reviewId: 'R-1' })])).rejects.toMatchObject({
      code: 'DUPLICATE_KEY',
    });
    await store().commit([remove(reviews, 'r1'), upsert(reviews, { _id: 'r2', reviewId: 'R-1' })]);
    expect(ids(await store().find(reviews, {}))).toEqual(['r2']);
  });

  it('refuses a unique index the documents already break', async () => {
    const reviews = fresh('reviews');
    await store().commit([
      upsert(reviews, { _id: 'r1', reviewId: 'R-1' }),
      upsert(reviews, { _id: 'r2', reviewId: 'R-1' }),
    ]);
    await expect(
      store().ensureIndexes(reviews, [{ keys: { reviewId: 1 }, unique: true }]),
    ).rejects.toMatchObject({
      code: 'DUPLICATE_KEY',
    });
    await store().commit([upsert(reviews, { _id: 'r3', reviewId: 'R-1' })]);
    expect(await store().count(reviews, { reviewId: 'R-1' })).toBe(3);
  });
}
