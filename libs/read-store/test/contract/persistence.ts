import { type ContractContext, upsert } from './context';

export function persistenceContract({ store, reopen, fresh }: ContractContext): void {
  it('finds the same documents, checkpoints, indexes and aliases', async () => {
    const [views, reviews, alias, projection] = [fresh('views'), fresh('reviews'), fresh('view'), fresh('p')];
    await store().ensureIndexes(reviews, [{ keys: { reviewId: 1 }, unique: true }]);
    await store().commit(
      [
        upsert(views, { _id: 'c1', tier: 'MASS', holdings: [{ holdingId: 'h1' }] }),
        upsert(views, { _id: 'c2', tier: 'WEALTH' }),
        upsert(reviews, { _id: 'r1', reviewId: 'R-1' }),
      ],
      { projection, position: '7' },
    );
    await store().commit([{ collection: views, id: 'c2', document: null }], { projection, position: '8' });
    await store().setAlias(alias, views);

    const reopened = await reopen();

    expect(await reopened.find(views, {})).toEqual([
      { _id: 'c1', tier: 'MASS', holdings: [{ holdingId: 'h1' }] },
    ]);
    expect(await reopened.checkpoint(projection)).toBe('8');
    expect(await reopened.findOne(alias, { _id: 'c1' })).toMatchObject({ tier: 'MASS' });
    await expect(reopened.commit([upsert(reviews, { _id: 'r2', reviewId: 'R-1' })])).rejects.toMatchObject({
      code: 'DUPLICATE_KEY',
    });
    expect(await reopened.listCollections()).toEqual(expect.arrayContaining([views, reviews]));
  });
}
