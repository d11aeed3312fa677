import { randomBytes, randomUUID } from 'node:crypto';
import type { JsonObject, RecordedEvent } from '@ledger/event-store';
import { customerOnboarded, PLAINTEXT_PERSONAL_VALUES } from '../../test/fixtures';
import { MemoryEventStore } from '../../test/memory.event-store';
import { MemoryKeyRecords } from '../../test/memory.key-records';
import { DataKeyDestroyed, DataKeyMissing, DecryptionFailed } from '../errors';
import { masterKeyFrom } from '../keys/master-key';
import { WrappingKeyStore } from '../keys/wrapping.key-store';
import { EncryptingEventStore } from './encrypting.event-store';
import { ERASED } from './erased';
import { isEncryptedField } from './field-cipher';

// occupation: a seed-001 profile field about the person, encrypted since issue 17.
const PERSONAL = ['name', 'idNumber', 'phone', 'email', 'birthDate', 'occupation'];

function setUp() {
  const inner = new MemoryEventStore();
  const records = new MemoryKeyRecords();
  const keys = new WrappingKeyStore(records, masterKeyFrom(randomBytes(32).toString('base64')));
  return { inner, records, keys, store: new EncryptingEventStore(inner, keys) };
}

async function collect<T>(events: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const event of events) out.push(event);
  return out;
}

describe('the encrypting event store', () => {
  describe('when a customer is onboarded', () => {
    it('hands the inner store ciphertext for every personal field, and nothing else changed', async () => {
      const { inner, store } = setUp();
      const onboarded = customerOnboarded();
      await store.append(`customer-${onboarded.customerId}`, [onboarded], { streamState: 'no_stream' });
      const [stored] = inner.log;
      for (const field of PERSONAL) expect(isEncryptedField(stored?.data[field])).toBe(true);
      for (const value of PLAINTEXT_PERSONAL_VALUES)
        expect(JSON.stringify([stored?.data, stored?.metadata])).not.toContain(value);
      expect(stored?.data).toMatchObject({ segment: 'retail', branchId: 'BJ-001' });
      expect(isEncryptedField((stored?.data as JsonObject | undefined)?.['occupation'])).toBe(true);
    });

    it('reads back the plaintext through readStream, readAll, readByStream and subscribe', async () => {
      const { store } = setUp();
      const onboarded = customerOnboarded();
      const stream = `customer-${onboarded.customerId}`;
      const { position } = await store.append(stream, [onboarded], { streamState: 'no_stream' });
      const [read] = await store.readStream(stream);
      const [all] = await collect(store.readAll());
      const [chunk] = await collect(store.readByStream({ upTo: position }));
      const [live] = await collect(store.subscribe({ from: 'start' }));
      for (const event of [read, all, chunk?.events[0], live]) expect(event?.data).toEqual(onboarded.data);
    });

    it('creates the data key on first need only', async () => {
      const { records, store } = setUp();
      const customerId = randomUUID();
      const subscribed = { eventId: randomUUID(), type: 'ProductSubscribed', data: { holdingId: 'h-1' } };
      await store.append(`customer-${customerId}`, [subscribed], { streamState: 'any' });
      expect(records.rows.size).toBe(0);
      await store.append(`customer-${customerId}`, [customerOnboarded(customerId)], { streamState: 'any' });
      expect(records.rows.size).toBe(1);
    });
  });

  it('passes other streams through untouched, personal-looking fields and all', async () => {
    const { inner, records, store } = setUp();
    const event = { eventId: randomUUID(), type: 'CustomerOnboarded', data: { phone: '+86-138-0013-8000' } };
    await store.append('access-2026-01-05', [event], { streamState: 'any' });
    expect(inner.log[0]?.data).toEqual(event.data);
    expect(records.rows.size).toBe(0);
  });

  describe("a request's hash in metadata (a digest of the plaintext request)", () => {
    const requestHash = 'a'.repeat(64);
    const contact = () => ({
      eventId: randomUUID(),
      type: 'ContactLogged',
      data: { contactId: randomUUID(), channel: 'phone' },
      metadata: { idempotencyKey: 'k-1', requestHash },
    });

    it('is sealed under the customer key in the inner store and reads back as written', async () => {
      const { inner, store } = setUp();
      const stream = `customer-${randomUUID()}`;
      const event = contact();
      await store.append(stream, [event], { streamState: 'no_stream' });
      expect(isEncryptedField(inner.log[0]?.metadata['requestHash'])).toBe(true);
      expect(JSON.stringify([inner.log[0]?.data, inner.log[0]?.metadata])).not.toContain(requestHash);
      const [read] = await store.readStream(stream);
      expect(read?.metadata).toMatchObject({ idempotencyKey: 'k-1', requestHash });
      expect(read?.data).toEqual(event.data);
    });

    it('is shredded with the key: it reads as erased, like the personal fields', async () => {
      const { keys, store } = setUp();
      const customerId = randomUUID();
      await store.append(`customer-${customerId}`, [contact()], { streamState: 'no_stream' });
      await keys.destroy(customerId);
      const [read] = await store.readStream(`customer-${customerId}`);
      expect(read?.metadata['requestHash']).toBe(ERASED);
    });

    it('cannot be moved into a data field: it is bound to its metadata path', async () => {
      const { inner, store } = setUp();
      const stream = `customer-${randomUUID()}`;
      await store.append(stream, [contact()], { streamState: 'no_stream' });
      const stored = inner.log[0] as RecordedEvent;
      const sealed = stored.metadata['requestHash'] as JsonObject;
      inner.log[0] = { ...stored, data: { ...stored.data, requestHash: sealed } };
      await expect(store.readStream(stream)).rejects.toThrow(DecryptionFailed);
    });
  });

  describe('when the key is destroyed', () => {
    async function erased() {
      const context = setUp();
      const onboarded = customerOnboarded();
      const stream = `customer-${onboarded.customerId}`;
      const updated = {
        eventId: randomUUID(),
        type: 'CustomerProfileUpdated',
        data: { phone: '+86-139-0000-0000', riskProfile: 'balanced' },
      };
      await context.store.append(stream, [onboarded, updated], { streamState: 'no_stream' });
      await context.keys.destroy(onboarded.customerId);
      return { ...context, onboarded, stream };
    }

    it('reads every personal field as ERASED and everything else intact', async () => {
      const { store, onboarded, stream } = await erased();
      const [first, second] = await store.readStream(stream);
      const expected: JsonObject = { ...onboarded.data };
      for (const field of PERSONAL) expected[field] = ERASED;
      expect(first?.data).toEqual(expected);
      expect(second?.data).toEqual({ phone: ERASED, riskProfile: 'balanced' });
      expect(first?.metadata).toMatchObject({ occurredAt: onboarded.metadata?.occurredAt, schemaVersion: 1 });
    });

    it('still verifies the hash chain: it covers the ciphertext', async () => {
      const { store, stream } = await erased();
      expect(await store.verifyStream(stream)).toMatchObject({ valid: true, events: 2 });
    });

    it('refuses to store new personal data for the customer', async () => {
      const { store, onboarded, stream } = await erased();
      const update = {
        eventId: randomUUID(),
        type: 'CustomerProfileUpdated',
        data: { email: 'new@example.cn' },
      };
      await expect(store.append(stream, [update], { streamState: 'any' })).rejects.toThrow(DataKeyDestroyed);
      const erasedEvent = {
        eventId: randomUUID(),
        type: 'PersonalDataErased',
        data: { customerId: onboarded.customerId },
      };
      await expect(store.append(stream, [erasedEvent], { streamState: 'any' })).resolves.toBeDefined();
    });
  });

  it('fails loudly when encrypted data has lost its key without a tombstone', async () => {
    const { inner, records, store } = setUp();
    const onboarded = customerOnboarded();
    await store.append(`customer-${onboarded.customerId}`, [onboarded], { streamState: 'no_stream' });
    records.rows.clear();
    const fresh = new EncryptingEventStore(
      inner,
      new WrappingKeyStore(records, masterKeyFrom(randomBytes(32).toString('base64'))),
    );
    await expect(fresh.readStream(`customer-${onboarded.customerId}`)).rejects.toThrow(DataKeyMissing);
  });
});
