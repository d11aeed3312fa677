import { randomBytes, randomUUID } from 'node:crypto';
import type { JsonValue } from '@ledger/event-store';
import { EmbeddedReadStore, type ReadDocument } from '@ledger/read-store';
import { MemoryKeyRecords } from '../../test/memory.key-records';
import { ERASED } from '../codec/erased';
import { isEncryptedField } from '../codec/field-cipher';
import { masterKeyFrom } from '../keys/master-key';
import { WrappingKeyStore } from '../keys/wrapping.key-store';
import { blindIndexKeyOf, SealedFieldQueried } from './blind-index';
import { SealingReadStore } from './sealing.read-store';

type Doc = ReadDocument & {
  customer: Record<string, unknown>;
  tier: string;
  sealedPersonalData?: { paths: string[]; envelope: JsonValue };
};

const IDENTITY = {
  name: 'Zhang Wei',
  idNumber: '110105199003078514',
  phone: '+86-138-0013-8000',
  email: 'zhang.wei@example.cn',
  birthDate: '1990-03-07',
};

function setUp() {
  const inner = new EmbeddedReadStore({ file: ':memory:' });
  const master = masterKeyFrom(randomBytes(32).toString('base64'));
  const keys = new WrappingKeyStore(new MemoryKeyRecords(), master);
  return { inner, keys, store: new SealingReadStore(inner, keys, blindIndexKeyOf(master)) };
}

function customerDocument(id: string): Doc {
  return { _id: id, tier: 'gold', customer: { customerId: id, segment: 'retail', ...IDENTITY } };
}

describe('the sealing read store', () => {
  it('stores every personal field of a customers document as an envelope, and reads it back as written', async () => {
    const { inner, store } = setUp();
    const id = randomUUID();
    await store.commit([{ collection: 'customers_v1', id, document: customerDocument(id) }]);

    const stored = await inner.findOne<Doc>('customers_v1', { _id: id });
    expect(isEncryptedField(stored?.['sealedPersonalData']?.envelope)).toBe(true);
    expect(stored?.['sealedPersonalData']?.paths).toEqual(
      Object.keys(IDENTITY).map((name) => `customer.${name}`),
    );
    for (const value of Object.values(IDENTITY)) expect(JSON.stringify(stored)).not.toContain(value);
    expect(stored).toMatchObject({ tier: 'gold', customer: { segment: 'retail', customerId: id } });

    expect(await store.findOne('customers_v1', { _id: id })).toEqual(customerDocument(id));
    expect(await store.find('customers_v1', { tier: 'gold' })).toEqual([customerDocument(id)]);
  });

  it('seals the worklist birth date too, and leaves collections without personal fields alone', async () => {
    const { inner, store } = setUp();
    const id = randomUUID();
    await store.commit([
      { collection: 'worklist_customers_v2_r3', id, document: customerDocument(id) },
      { collection: 'tier_audits_v1', id, document: customerDocument(id) },
    ]);
    const worklist = await inner.findOne<Doc>('worklist_customers_v2_r3', { _id: id });
    expect(isEncryptedField(worklist?.['sealedPersonalData']?.envelope)).toBe(true);
    expect(worklist?.customer['birthDate']).toBeUndefined();
    expect(await inner.findOne('tier_audits_v1', { _id: id })).toEqual(customerDocument(id));
  });

  it('reads the fields as erased once the key is destroyed, with no new write', async () => {
    const { keys, store } = setUp();
    const id = randomUUID();
    await store.commit([{ collection: 'customers_v1', id, document: customerDocument(id) }]);
    await keys.destroy(id);
    const read = await store.findOne<Doc>('customers_v1', { _id: id });
    expect(read?.customer).toMatchObject({
      name: ERASED,
      idNumber: ERASED,
      phone: ERASED,
      birthDate: ERASED,
    });
    expect(read?.tier).toBe('gold');
  });

  it('writes ERASED, never plaintext, when a document is folded after its key was destroyed', async () => {
    const { inner, keys, store } = setUp();
    const id = randomUUID();
    await keys.getOrCreate(id);
    await keys.destroy(id);
    await store.commit([{ collection: 'customers_v1', id, document: customerDocument(id) }]);
    const stored = await inner.findOne<Doc>('customers_v1', { _id: id });
    for (const value of Object.values(IDENTITY)) expect(JSON.stringify(stored)).not.toContain(value);
    expect(stored?.customer['name']).toBe(ERASED);
  });

  it('re-seals an unchanged value to the same bytes, and a document of another customer to other bytes', async () => {
    const { inner, store } = setUp();
    const [a, b] = [randomUUID(), randomUUID()];
    await store.commit([{ collection: 'customers_v1', id: a, document: customerDocument(a) }]);
    const first = await inner.findOne<Doc>('customers_v1', { _id: a });
    await store.commit([
      { collection: 'customers_v1', id: a, document: { ...customerDocument(a), tier: 'platinum' } },
      { collection: 'customers_v1', id: b, document: customerDocument(b) },
    ]);
    const again = await inner.findOne<Doc>('customers_v1', { _id: a });
    const other = await inner.findOne<Doc>('customers_v1', { _id: b });
    expect(again?.['sealedPersonalData']).toEqual(first?.['sealedPersonalData']);
    expect(other?.['sealedPersonalData']?.envelope).not.toEqual(first?.['sealedPersonalData']?.envelope);
  });

  it('refuses a filter, a sort or an index on a sealed field rather than silently matching nothing', async () => {
    const { store } = setUp();
    await expect(store.find('customers', { 'customer.phone': IDENTITY.phone })).rejects.toThrow(
      SealedFieldQueried,
    );
    await expect(store.count('customers', { $or: [{ 'customer.name': 'x' }] })).rejects.toThrow(
      SealedFieldQueried,
    );
    await expect(store.find('customers', {}, { sort: { 'customer.name': 1 } })).rejects.toThrow(
      SealedFieldQueried,
    );
    await expect(store.ensureIndexes('customers_v1', [{ keys: { 'customer.idNumber': 1 } }])).rejects.toThrow(
      SealedFieldQueried,
    );
    await expect(store.find('customers', { tier: 'gold' })).resolves.toEqual([]);
  });
});
