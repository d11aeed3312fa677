import { type ContractContext, remove, upsert } from './context';

export function writeContract({ store, fresh }: ContractContext): void {
  it('inserts, replaces the whole document and deletes', async () => {
    const customers = fresh('customers');
    await store().commit([upsert(customers, { _id: 'c1', tier: 'MASS', name: 'Wang Fang' })]);
    expect(await store().findOne(customers, { _id: 'c1' })).toEqual({
      _id: 'c1',
      tier: 'MASS',
      name: 'Wang Fang',
    });

    await store().commit([upsert(customers, { _id: 'c1', tier: 'WEALTH' })]);
    expect(await store().findOne(customers, { _id: 'c1' })).toEqual({ _id: 'c1', tier: 'WEALTH' });

    await store().commit([remove(customers, 'c1'), remove(customers, 'never-written')]);
    expect(await store().findOne(customers, { _id: 'c1' })).toBeNull();
    expect(await store().count(customers)).toBe(0);
  });

  it('applies a batch in order: the last write of an id wins', async () => {
    const customers = fresh('customers');
    await store().commit([
      upsert(customers, { _id: 'c1', tier: 'MASS' }),
      upsert(customers, { _id: 'c1', tier: 'PRIVATE' }),
      upsert(customers, { _id: 'c2', tier: 'MASS' }),
      remove(customers, 'c2'),
    ]);
    expect(await store().find(customers)).toEqual([{ _id: 'c1', tier: 'PRIVATE' }]);
  });

  it('stores documents as JSON: dates become ISO strings, undefined fields vanish', async () => {
    const customers = fresh('customers');
    const onboardedAt = new Date('2026-11-24T08:00:00.000Z');
    await store().commit([
      upsert(customers, { _id: 'c1', onboardedAt, email: undefined, rfm: { recency: 3 } }),
    ]);
    expect(await store().findOne(customers, { _id: 'c1' })).toEqual({
      _id: 'c1',
      onboardedAt: '2026-11-24T08:00:00.000Z',
      rfm: { recency: 3 },
    });
  });

  it('hands out copies: mutating a read or a committed object changes nothing stored', async () => {
    const customers = fresh('customers');
    const written = { _id: 'c1', holdings: [{ holdingId: 'h1', principal: 100 }] };
    await store().commit([upsert(customers, written)]);
    written.holdings[0]!.principal = 1;

    const one = await store().findOne<typeof written>(customers, { _id: 'c1' });
    one!.holdings[0]!.principal = 2;
    const [listed] = await store().find<typeof written>(customers, {});
    listed!.holdings.push({ holdingId: 'h2', principal: 3 });

    expect(await store().findOne(customers, { _id: 'c1' })).toEqual({
      _id: 'c1',
      holdings: [{ holdingId: 'h1', principal: 100 }],
    });
  });

  it('refuses a batch whose document _id differs from its id, applying none of it', async () => {
    const customers = fresh('customers');
    const mismatched = { collection: customers, id: 'c2', document: { _id: 'other' } };
    await expect(store().commit([upsert(customers, { _id: 'c1' }), mismatched])).rejects.toMatchObject({
      code: 'INVALID_READ_STORE_REQUEST',
    });
    expect(await store().count(customers)).toBe(0);
  });

  it('refuses collection names MongoDB or the store itself reserve', async () => {
    for (const name of ['', 'has$dollar', '_ledger_checkpoints', 'system.views', 'with space']) {
      await expect(store().commit([upsert(name, { _id: 'c1' })])).rejects.toMatchObject({
        code: 'INVALID_READ_STORE_REQUEST',
      });
    }
  });
}
