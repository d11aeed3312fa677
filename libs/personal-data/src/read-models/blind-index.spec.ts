import { randomBytes, randomUUID } from 'node:crypto';
import { EmbeddedReadStore, type Filter, type ReadDocument } from '@ledger/read-store';
import { MemoryKeyRecords } from '../../test/memory.key-records';
import { masterKeyFrom } from '../keys/master-key';
import { WrappingKeyStore } from '../keys/wrapping.key-store';
import { blindIndex, blindIndexKeyOf, SealedFieldQueried } from './blind-index';
import { SealingReadStore } from './sealing.read-store';

type Item = ReadDocument & { relationshipManagerId: string; birthdayMonthDay: string | null };

function setUp() {
  const inner = new EmbeddedReadStore({ file: ':memory:' });
  const master = masterKeyFrom(randomBytes(32).toString('base64'));
  const keys = new WrappingKeyStore(new MemoryKeyRecords(), master);
  return { inner, master, store: new SealingReadStore(inner, keys, blindIndexKeyOf(master)) };
}

const COLLECTION = 'worklist_customers_v1';

describe("the worklist's birthday month-day, a keyed blind index", () => {
  it('is stored as a digest, and matched by equality and $in with the plain month-day', async () => {
    const { inner, store } = setUp();
    const id = randomUUID();
    const item: Item = { _id: id, relationshipManagerId: 'rm-li', birthdayMonthDay: '03-07' };
    await store.commit([{ collection: COLLECTION, id, document: item }]);

    const stored = await inner.findOne<Item>(COLLECTION, { _id: id });
    expect(stored?.birthdayMonthDay).toMatch(/^bi1:[A-Za-z0-9_-]{22}$/);
    expect(JSON.stringify(stored)).not.toContain('03-07');

    const ids = async (filter: Filter) => (await store.find(COLLECTION, filter)).map((found) => found._id);
    expect(await ids({ birthdayMonthDay: '03-07' })).toEqual([id]);
    expect(await ids({ birthdayMonthDay: { $in: ['03-06', '03-07'] } })).toEqual([id]);
    expect(
      await ids({ $or: [{ cadenceDue: '2026-01-01' }, { birthdayMonthDay: { $in: ['03-07'] } }] }),
    ).toEqual([id]);
    expect(await ids({ birthdayMonthDay: { $in: ['03-08', '07-03'] } })).toEqual([]);
    expect(await store.count(COLLECTION, { birthdayMonthDay: { $eq: '03-07' } })).toBe(1);
  });

  it('is not digested twice when a document read back is written again', async () => {
    const { inner, store } = setUp();
    const id = randomUUID();
    await store.commit([{ collection: COLLECTION, id, document: { _id: id, birthdayMonthDay: '12-31' } }]);
    const first = await inner.findOne<Item>(COLLECTION, { _id: id });
    const read = await store.findOne<Item>(COLLECTION, { _id: id });
    await store.commit([
      { collection: COLLECTION, id, document: { ...(read as Item), relationshipManagerId: 'rm-wang' } },
    ]);
    expect((await inner.findOne<Item>(COLLECTION, { _id: id }))?.birthdayMonthDay).toBe(
      first?.birthdayMonthDay,
    );
    expect(await store.count(COLLECTION, { birthdayMonthDay: '12-31' })).toBe(1);
  });

  it('refuses a range over it: a digest has no order', async () => {
    const { store } = setUp();
    await expect(store.find(COLLECTION, { birthdayMonthDay: { $gte: '03-01' } })).rejects.toThrow(
      SealedFieldQueried,
    );
    await expect(store.find(COLLECTION, {}, { sort: { birthdayMonthDay: 1 } })).rejects.toThrow(
      SealedFieldQueried,
    );
  });

  it('depends on the master key and on the field: another key or field gives another digest', () => {
    const [a, b] = [setUp().master, setUp().master].map(blindIndexKeyOf);
    expect(blindIndex(a as Buffer, COLLECTION, 'birthdayMonthDay', '03-07')).not.toBe(
      blindIndex(b as Buffer, COLLECTION, 'birthdayMonthDay', '03-07'),
    );
    expect(blindIndex(a as Buffer, COLLECTION, 'birthdayMonthDay', '03-07')).toBe(
      blindIndex(a as Buffer, 'worklist_customers_v2_r2', 'birthdayMonthDay', '03-07'),
    );
    expect(blindIndex(a as Buffer, COLLECTION, 'birthdayMonthDay', '03-07')).not.toBe(
      blindIndex(a as Buffer, COLLECTION, 'otherField', '03-07'),
    );
  });
});
