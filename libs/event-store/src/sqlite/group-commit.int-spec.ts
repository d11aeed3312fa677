import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { WrongExpectedRevision, type EventToAppend, type StreamState } from '..';
import { temporaryStoreFile } from '../../test/temporary-file';
import { SqliteEventStore } from './sqlite.event-store';

function anEvent(): EventToAppend {
  return { eventId: randomUUID(), type: 'ContactLogged', data: { channel: 'phone' } };
}

describe('SQLite: group commit', () => {
  let store: SqliteEventStore;
  beforeAll(() => {
    store = new SqliteEventStore(temporaryStoreFile());
  });
  afterAll(() => store.close());

  it('appends made together share one transaction', async () => {
    const before = store.commits;
    const streams = Array.from({ length: 20 }, () => `customer-${randomUUID()}`);
    await Promise.all(
      streams.map((stream) => store.append(stream, [anEvent()], { streamState: 'no_stream' })),
    );
    expect(store.commits - before).toBe(1);
  });

  it('a conflicting append fails alone; the others in its batch commit with gap-free positions', async () => {
    const [first, conflicting, last] = [1, 2, 3].map(() => `customer-${randomUUID()}`) as [
      string,
      string,
      string,
    ];
    await store.append(conflicting, [anEvent()], { streamState: 'no_stream' });
    const before = store.commits;
    const outcomes = await Promise.allSettled([
      store.append(first, [anEvent(), anEvent()], { streamState: 'no_stream' }),
      store.append(conflicting, [anEvent(), anEvent()], { streamState: 'no_stream' }),
      store.append(last, [anEvent()], { streamState: 'any' }),
    ]);
    expect(store.commits - before).toBe(1);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((outcomes[1] as PromiseRejectedResult).reason).toBeInstanceOf(WrongExpectedRevision);
    expect(await store.readStream(conflicting)).toHaveLength(1);

    const positions = [...(await store.readStream(first)), ...(await store.readStream(last))].map((event) =>
      Number(event.position),
    );
    expect(positions).toEqual([positions[0], positions[0]! + 1, positions[0]! + 2]);
  });

  it('appends to one stream within a batch see each other, as if run one after another', async () => {
    const stream = `customer-${randomUUID()}`;
    const states: StreamState[] = ['no_stream', 0n, 1n, 0n, 'stream_exists'];
    const retried = anEvent();
    const outcomes = await Promise.allSettled([
      ...states.map((streamState) => store.append(stream, [anEvent()], { streamState })),
      store.append(stream, [retried], { streamState: 'any' }),
      store.append(stream, [retried], { streamState: 'any' }),
    ]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'fulfilled',
      'rejected',
      'fulfilled',
      'fulfilled',
      'fulfilled',
    ]);
    const [retry, original] = outcomes.slice(5).reverse() as PromiseFulfilledResult<unknown>[];
    expect(retry?.value).toEqual(original?.value);
    expect(await store.readStream(stream)).toHaveLength(5);
    expect(await store.verifyStream(stream)).toMatchObject({ valid: true, events: 5 });
  });
});

describe('SQLite: another connection writing to the same file', () => {
  it('the next append sees a head another connection committed', async () => {
    const file = temporaryStoreFile();
    const store = new SqliteEventStore(file);
    const stream = `customer-${randomUUID()}`;
    await store.append(stream, [anEvent()], { streamState: 'no_stream' });
    const other = new Database(file);
    other.prepare('UPDATE streams SET revision = 5 WHERE stream = ?').run(stream);
    other.close();
    await expect(store.append(stream, [anEvent()], { streamState: 0n })).rejects.toMatchObject({
      actual: 5n,
    });
    await store.close();
  });
});

describe('SQLite: ending subscriptions', () => {
  it('return() ends a subscription that is waiting for a commit', async () => {
    const store = new SqliteEventStore(':memory:');
    const subscription = store.subscribe({ from: 'end' })[Symbol.asyncIterator]();
    const waiting = subscription.next();
    await subscription.return?.();
    await expect(waiting).resolves.toEqual({ done: true, value: undefined });
    await store.close();
  });

  it('closing the store ends its subscriptions and commits what was queued', async () => {
    const store = new SqliteEventStore(':memory:');
    const subscription = store.subscribe({ from: 'start' })[Symbol.asyncIterator]();
    const appending = store.append(`customer-${randomUUID()}`, [anEvent()], { streamState: 'no_stream' });
    await store.close();
    await expect(appending).resolves.toMatchObject({ nextRevision: 0n, position: '1' });
    await expect(subscription.next()).resolves.toEqual({ done: true, value: undefined });
  });
});
