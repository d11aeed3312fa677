import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteEventStore } from '@ledger/event-store';
import { customerOnboarded, PLAINTEXT_PERSONAL_VALUES } from '../test/fixtures';
import { containsText, sqliteFileBytes } from '../test/raw-bytes';
import { EncryptingEventStore } from './codec/encrypting.event-store';
import { ERASED } from './codec/erased';
import { isEncryptedField } from './codec/field-cipher';
import { masterKeyFrom } from './keys/master-key';
import { SqliteKeyStore } from './keys/sqlite.key-store';
import { ERASURE_REQUESTED, PERSONAL_DATA_ERASED } from './retention/erasure-events';

const master = masterKeyFrom(randomBytes(32).toString('base64'));
const dir = mkdtempSync(join(tmpdir(), 'ledger-shred-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The embedded topology: events and wrapped keys in one SQLite file, the codec in front. */
function openLedger(file: string) {
  const inner = new SqliteEventStore(file);
  const keys = new SqliteKeyStore(file, master);
  const store = new EncryptingEventStore(inner, keys);
  return { inner, keys, store, close: async () => (await store.close(), await keys.close()) };
}

function wrappedKeyRow(file: string, customerId: string): { wrapped_key: Buffer | null } | undefined {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT wrapped_key FROM data_keys WHERE customer_id = ?').get(customerId) as
      { wrapped_key: Buffer | null } | undefined;
  } finally {
    db.close();
  }
}

describe('personal data in the embedded SQLite file', () => {
  const file = join(dir, 'ledger.sqlite');
  const onboarded = customerOnboarded();
  const { customerId } = onboarded;
  const stream = `customer-${customerId}`;
  const contact = {
    eventId: randomUUID(),
    type: 'ContactLogged',
    data: {
      contactId: 'ct-1',
      channel: 'phone',
      notes: 'Called +86-138-0013-8000 about the deposit',
      priority: 3,
    },
    metadata: { occurredAt: '2026-02-01T10:00:00.000Z' },
  };
  let ledger: ReturnType<typeof openLedger>;
  let wrapped: Buffer;

  beforeAll(async () => {
    ledger = openLedger(file);
    await ledger.store.append(stream, [onboarded, contact], { streamState: 'no_stream' });
    wrapped = wrappedKeyRow(file, customerId)?.wrapped_key as Buffer;
  });
  afterAll(() => ledger.close());

  describe('when a customer is onboarded', () => {
    it('holds no plaintext personal value anywhere in the file, its WAL or its shared memory', () => {
      const bytes = sqliteFileBytes(file);
      // The bytes are the right ones: non-personal values of the same events are there in clear.
      expect(containsText(bytes, 'BJ-001')).toBe(true);
      expect(containsText(bytes, 'about the deposit')).toBe(false);
      for (const value of [...PLAINTEXT_PERSONAL_VALUES, '1990-03-07'])
        expect(containsText(bytes, value)).toBe(false);
      expect(wrapped).toHaveLength(60);
    });

    it('reads back the plaintext through the codec, and ciphertext underneath', async () => {
      const [first, second] = await ledger.store.readStream(stream);
      expect(first?.data).toEqual(onboarded.data);
      expect(second?.data).toEqual(contact.data);
      const [raw] = await ledger.inner.readStream(stream);
      expect(isEncryptedField(raw?.data.idNumber)).toBe(true);
    });
  });

  describe('when the erasure is executed', () => {
    beforeAll(async () => {
      const request = {
        eventId: randomUUID(),
        type: ERASURE_REQUESTED,
        data: {
          customerId,
          requestedAt: '2031-02-01T00:00:00.000Z',
          executeAfter: '2031-02-01T00:00:00.000Z',
        },
        metadata: { occurredAt: '2031-02-01T00:00:00.000Z', actor: { id: 'admin-7', role: 'admin' } },
      };
      await ledger.store.append(stream, [request], { streamState: 1n });
      // What the api's erasure sweep does (apps/api/src/erasure): the key first, then the record of it.
      await ledger.keys.destroy(customerId, new Date('2031-02-02T00:00:00.000Z'));
      const at = '2031-02-02T00:00:00.000Z';
      const erasedEvent = {
        eventId: randomUUID(),
        type: PERSONAL_DATA_ERASED,
        data: { customerId, at, requestedBy: 'admin-7', requestEventId: request.eventId },
        metadata: { occurredAt: at, actor: { id: 'system', role: 'system' } },
      };
      await ledger.store.append(stream, [erasedEvent], { streamState: 2n });
    });

    it('reads personal fields as ERASED and everything else intact', async () => {
      const events = await ledger.store.readStream(stream);
      expect(events.map((event) => event.type)).toEqual([
        'CustomerOnboarded',
        'ContactLogged',
        ERASURE_REQUESTED,
        PERSONAL_DATA_ERASED,
      ]);
      expect(events[0]?.data).toEqual({
        ...onboarded.data,
        name: ERASED,
        idNumber: ERASED,
        phone: ERASED,
        email: ERASED,
        birthDate: ERASED,
        occupation: ERASED,
      });
      expect(events[1]?.data).toEqual({ ...contact.data, notes: ERASED });
      expect(events[0]?.metadata.occurredAt).toBe(onboarded.metadata?.occurredAt);
    });

    it('still verifies the hash chain', async () => {
      expect(await ledger.store.verifyStream(stream)).toMatchObject({ valid: true, events: 4 });
    });

    it('leaves no key row and no wrapped key bytes in the file: the plaintext is unrecoverable', () => {
      expect(wrappedKeyRow(file, customerId)).toEqual({ wrapped_key: null });
      const bytes = sqliteFileBytes(file);
      expect(bytes.includes(wrapped)).toBe(false);
      for (const value of PLAINTEXT_PERSONAL_VALUES) expect(containsText(bytes, value)).toBe(false);
    });

    it('stays erased after a restart, and other customers are unaffected', async () => {
      await ledger.close();
      ledger = openLedger(file);
      expect((await ledger.store.readStream(stream))[0]?.data.idNumber).toBe(ERASED);
      const other = customerOnboarded();
      await ledger.store.append(`customer-${other.customerId}`, [other], { streamState: 'no_stream' });
      expect((await ledger.store.readStream(`customer-${other.customerId}`))[0]?.data).toEqual(other.data);
    });
  });
});
