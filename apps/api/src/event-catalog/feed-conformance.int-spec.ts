import { firstValueFrom, take, toArray } from 'rxjs';
import {
  CUSTOMER_EVENT_TYPES,
  CUSTOMER_STREAM_PREFIX,
  customerAggregate,
  PUBLISHED_STREAM_CATEGORIES,
  publishedStreamPrefixes,
  publishedEventData,
} from '@ledger/domain';
import { type JsonObject, type JsonValue, SqliteEventStore } from '@ledger/event-store';
import {
  DEVELOPMENT_MASTER_KEY,
  EncryptingEventStore,
  ERASED,
  isEncryptedField,
  masterKeyFrom,
  SqliteKeyStore,
} from '@ledger/personal-data';
import { AccessLog } from '../access-log/access-log';
import { commandPath } from '../command-path/test/command-path';
import { Erasures } from '../erasure/erasures';
import { eventFeed } from '../events-feed/event-feed';
import { problems, servedValidator } from './test/catalog-ajv';
import { corporateJourney, RETAIL_ID, retailJourney } from './test/customer-journeys';

/**
 * What subscribers really receive: the journeys go through the api's command handler into the
 * encrypting store, reads land in the access log, the erasure sweep shreds a key; then the SSE
 * feed's messages and the erased reads are checked against the published schemas.
 */
describe('the published catalog against the real write path (SQLite store)', () => {
  const sealed = new SqliteEventStore(':memory:');
  const keys = new SqliteKeyStore(':memory:', masterKeyFrom(DEVELOPMENT_MASTER_KEY));
  const store = new EncryptingEventStore(sealed, keys);
  const messages: JsonObject[] = [];

  beforeAll(async () => {
    const { run } = commandPath(store);
    const commands = [...retailJourney(), ...corporateJourney()];
    for (const [index, command] of commands.entries()) {
      // The sweep records PersonalDataErased itself, after destroying the key.
      if (command.type === 'RecordPersonalDataErased') continue;
      const keyed =
        index % 3 === 0 ? { idempotencyKey: `catalog-${index}`, requestHash: `hash-${index}` } : {};
      await run(customerAggregate, command, keyed);
    }
    const clock = { now: () => new Date('2026-11-24T10:00:00.000Z') };
    const auditor = { id: 'auditor-sun', roles: ['auditor' as const], actingRole: 'auditor' as const };
    await new AccessLog(sealed, clock).record(auditor, RETAIL_ID, 'history', { page: '1' });
    await new AccessLog(sealed, clock).record(auditor, RETAIL_ID, 'history-verification');
    await new Erasures(sealed, keys, (decision) =>
      run(decision.aggregate, decision.command, decision.context),
    ).executeDue(new Date('2031-12-01T09:00:00.000Z'));

    let count = 0;
    for await (const event of sealed.readAll())
      if (event.stream.startsWith(CUSTOMER_STREAM_PREFIX)) count += 1;
    // Filtered as GET /events filters it: the published categories (here only customers wrote).
    const filter = { streamPrefixes: publishedStreamPrefixes(PUBLISHED_STREAM_CATEGORIES) };
    const feed = eventFeed(sealed, 'start', filter).pipe(take(count), toArray());
    // Through JSON, as the SSE data line carries it.
    for (const message of await firstValueFrom(feed)) messages.push(JSON.parse(JSON.stringify(message)));
  });
  afterAll(async () => {
    await sealed.close();
    await keys.close();
  });

  it('delivers every customer event type and nothing of the access log, as the AsyncAPI says', () => {
    const types = new Set(messages.map((message) => message['type']));
    expect(types).toEqual(new Set(CUSTOMER_EVENT_TYPES));
    const streams = messages.map((message) => String((message['data'] as JsonObject)['stream']));
    expect(streams.filter((stream) => !stream.startsWith(CUSTOMER_STREAM_PREFIX))).toEqual([]);
  });

  it('delivers SSE messages whose data is a valid EventEnvelope with a valid data and metadata', () => {
    const validate = servedValidator('EventEnvelope');
    for (const message of messages) {
      const envelope = message['data'] as JsonObject;
      expect(validate(envelope) ? '' : `${String(message['type'])}: ${problems(validate)}`).toBe('');
      expect(message['id']).toBe(envelope['position']);
    }
  });

  it('delivers personal fields sealed, never in plaintext', () => {
    const onboarded = messages
      .map((message) => message['data'] as JsonObject)
      .find((envelope) => envelope['type'] === 'CustomerOnboarded');
    const data = (onboarded?.['data'] ?? {}) as JsonObject;
    for (const field of ['name', 'idNumber', 'phone'])
      expect(isEncryptedField(data[field] as JsonValue)).toBe(true);
  });

  it('reads an erased customer\'s personal fields as "[erased]", still valid against the schemas', async () => {
    const events = await store.readStream(`customer-${RETAIL_ID}`);
    const onboarded = events.find((event) => event.type === 'CustomerOnboarded');
    expect(onboarded?.data['name']).toBe(ERASED);
    for (const event of events) {
      const validate = servedValidator(event.type);
      expect(validate(publishedEventData(event.data)) ? '' : `${event.type}: ${problems(validate)}`).toBe('');
    }
  });
});
