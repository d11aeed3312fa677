import { type ContractContext, upsert } from './context';

export function checkpointContract({ store, fresh }: ContractContext): void {
  it('has no checkpoint for a projection that never committed', async () => {
    expect(await store().checkpoint(fresh('customer360'))).toBeNull();
  });

  it('returns the latest checkpoint, also from a commit without documents', async () => {
    const projection = fresh('customer360');
    const views = fresh('views');
    await store().commit([upsert(views, { _id: 'c1' })], { projection, position: '41' });
    await store().commit([upsert(views, { _id: 'c2' })], { projection, position: '42' });
    expect(await store().checkpoint(projection)).toBe('42');
    await store().commit([], { projection, position: '57:57' });
    expect(await store().checkpoint(projection)).toBe('57:57');
  });

  it('keeps one checkpoint per projection', async () => {
    const [a, b] = [fresh('kpi'), fresh('worklist')];
    await store().commit([], { projection: a, position: '1' });
    await store().commit([], { projection: b, position: '2' });
    expect([await store().checkpoint(a), await store().checkpoint(b)]).toEqual(['1', '2']);
  });

  it('applies all of a failed batch or none of it, checkpoint included, across collections', async () => {
    const projection = fresh('tier-audit');
    const [audits, reviews] = [fresh('audits'), fresh('reviews')];
    await store().ensureIndexes(reviews, [{ keys: { reviewId: 1 }, unique: true }]);
    await store().commit([upsert(reviews, { _id: 'r1', reviewId: 'R-1' })], { projection, position: '10' });

    const clashing = [
      upsert(audits, { _id: 'a1', reviewId: 'R-2' }),
      upsert(reviews, { _id: 'r1', reviewId: 'R-1', status: 'approved' }),
      upsert(reviews, { _id: 'r2', reviewId: 'R-1' }),
    ];
    await expect(store().commit(clashing, { projection, position: '11' })).rejects.toMatchObject({
      code: 'DUPLICATE_KEY',
    });

    expect(await store().checkpoint(projection)).toBe('10');
    expect(await store().count(audits)).toBe(0);
    expect(await store().find(reviews, {})).toEqual([{ _id: 'r1', reviewId: 'R-1' }]);
    await store().commit(clashing.slice(0, 2), { projection, position: '11' });
    expect(await store().findOne(reviews, { reviewId: 'R-1' })).toEqual({
      _id: 'r1',
      reviewId: 'R-1',
      status: 'approved',
    });
  });
}
