import { UnavailableError } from '@kurrent/kurrentdb-client';
import type { RecordedEvent } from '../event-store.port';
import { KurrentDbEventStore } from './kurrentdb.event-store';

// The real client against a port nothing listens on: how the adapter fails, with no server to fake.
const NOWHERE = 'kurrentdb://127.0.0.1:1?tls=false';

describe('KurrentDbEventStore without a reachable server', () => {
  let store: KurrentDbEventStore;
  beforeEach(() => {
    store = KurrentDbEventStore.fromConnectionString(NOWHERE, {
      reconnect: { maxAttempts: 3, initialDelayMs: 20, maxDelayMs: 40 },
    });
  });
  afterEach(() => store.close());

  it('rejects an append with the client’s UnavailableError instead of hanging', async () => {
    const appending = store.append('customer-unreachable', [anEvent()], { streamState: 'no_stream' });
    await expect(appending).rejects.toBeInstanceOf(UnavailableError);
  });

  it('validates before touching the network', async () => {
    await expect(store.append('', [anEvent()], { streamState: 'any' })).rejects.toMatchObject({
      code: 'INVALID_APPEND',
      field: 'stream',
    });
  });

  it('a subscription resubscribes with backoff, then fails after maxAttempts', async () => {
    const iterator = store.subscribe({ from: 'start' })[Symbol.asyncIterator]();
    const started = Date.now();
    await expect(iterator.next()).rejects.toBeInstanceOf(UnavailableError);
    // Three attempts with 20 ms and 40 ms pauses between them.
    expect(Date.now() - started).toBeGreaterThanOrEqual(55);
    await expect(iterator.next()).resolves.toEqual({ done: true, value: undefined });
  });

  it('return() ends a subscription at once, even while it is backing off', async () => {
    const patient = KurrentDbEventStore.fromConnectionString(NOWHERE, {
      reconnect: { maxAttempts: 1000, initialDelayMs: 60_000, maxDelayMs: 60_000 },
    });
    const iterator = patient.subscribe({ from: '5:5' })[Symbol.asyncIterator]();
    const waiting: Promise<IteratorResult<RecordedEvent>> = iterator.next();
    await new Promise((resolve) => setTimeout(resolve, 200));
    await iterator.return?.();
    await expect(waiting).resolves.toEqual({ done: true, value: undefined });
    await patient.close();
  });
});

function anEvent() {
  return {
    eventId: '3b0b5c1e-2f0e-4d7c-9a55-6b7f4f3c2a10',
    type: 'ContactLogged',
    data: { channel: 'phone' },
  };
}
