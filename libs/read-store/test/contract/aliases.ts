import { type ContractContext, ids, upsert } from './context';

export function aliasContract({ store, fresh }: ContractContext): void {
  it('lists the collections written to or indexed, and forgets dropped ones', async () => {
    const [written, indexed] = [fresh('written'), fresh('indexed')];
    await store().commit([upsert(written, { _id: 'c1' })]);
    await store().ensureIndexes(indexed, [{ keys: { tier: 1 } }]);
    expect(await store().listCollections()).toEqual(expect.arrayContaining([written, indexed]));

    await store().dropCollection(written);
    await store().dropCollection(fresh('never-created'));
    expect(await store().listCollections()).not.toContain(written);
    expect(await store().find(written, {})).toEqual([]);
    expect((await store().listCollections()).every((name) => !name.startsWith('_ledger_'))).toBe(true);
  });

  it('drops a collection with its indexes', async () => {
    const reviews = fresh('reviews');
    await store().ensureIndexes(reviews, [{ keys: { reviewId: 1 }, unique: true }]);
    await store().commit([upsert(reviews, { _id: 'r1', reviewId: 'R-1' })]);
    await store().dropCollection(reviews);
    await store().commit([
      upsert(reviews, { _id: 'r1', reviewId: 'R-1' }),
      upsert(reviews, { _id: 'r2', reviewId: 'R-1' }),
    ]);
    expect(await store().count(reviews)).toBe(2);
  });

  it('answers reads of an alias from the collection it points at, and follows a swap', async () => {
    const [alias, blue, green] = [fresh('customer360'), fresh('customer360_v1'), fresh('customer360_v2')];
    await store().commit([upsert(blue, { _id: 'c1', tier: 'MASS' })]);
    await store().commit([
      upsert(green, { _id: 'c1', tier: 'WEALTH' }),
      upsert(green, { _id: 'c2', tier: 'MASS' }),
    ]);

    await store().setAlias(alias, blue);
    expect(await store().findOne(alias, { _id: 'c1' })).toEqual({ _id: 'c1', tier: 'MASS' });
    expect(await store().aliases()).toMatchObject({ [alias]: blue });

    await store().setAlias(alias, green);
    expect(await store().findOne(alias, { _id: 'c1' })).toEqual({ _id: 'c1', tier: 'WEALTH' });
    expect(ids(await store().find(alias, { tier: 'MASS' }))).toEqual(['c2']);
    expect(await store().count(alias)).toBe(2);
    expect(await store().aliases()).toMatchObject({ [alias]: green });

    await store().removeAlias(alias);
    await store().removeAlias(alias);
    expect(await store().count(alias)).toBe(0);
    expect(Object.keys(await store().aliases())).not.toContain(alias);
  });

  it('refuses writes that name an alias, aliases of aliases and aliases that shadow a collection', async () => {
    const [alias, other, target] = [fresh('customer360'), fresh('alias'), fresh('customer360_v1')];
    await store().commit([upsert(target, { _id: 'c1' })]);
    await store().setAlias(alias, target);
    const refused = { code: 'INVALID_READ_STORE_REQUEST' };

    await expect(store().commit([upsert(alias, { _id: 'c2' })])).rejects.toMatchObject(refused);
    await expect(store().ensureIndexes(alias, [{ keys: { tier: 1 } }])).rejects.toMatchObject(refused);
    await expect(store().dropCollection(alias)).rejects.toMatchObject(refused);
    await expect(store().setAlias(other, alias)).rejects.toMatchObject(refused);
    await expect(store().setAlias(target, fresh('v2'))).rejects.toMatchObject(refused);
    await expect(store().setAlias(other, other)).rejects.toMatchObject(refused);
    expect(await store().count(target)).toBe(1);
  });
}
