import { randomUUID } from 'node:crypto';
import {
  describeWithPostgres,
  dropSchema,
  freshSchema,
  PG_TEST_URL,
} from '../../../../test/support/postgres-server';
import { WrongExpectedRevision } from '../errors';
import type { RecordedEvent } from '../event-store.port';
import { PostgresEventStore } from './postgres.event-store';

const event = (index: number) => ({
  eventId: randomUUID(),
  type: 'TwoWritersChecked',
  data: { index },
  metadata: { occurredAt: '2026-12-07T10:00:00.000Z' },
});

/** Two stores on one schema stand for two processes: each has its own pool and listening connection. */
describeWithPostgres('PostgreSQL event store: two writers on one log', () => {
  const schema = freshSchema();
  let first: PostgresEventStore;
  let second: PostgresEventStore;
  beforeAll(async () => {
    first = await PostgresEventStore.open(PG_TEST_URL, { schema, pollMs: 60_000 });
    second = await PostgresEventStore.open(PG_TEST_URL, { schema, pollMs: 60_000 });
  });
  afterAll(async () => {
    await first.close();
    await second.close();
    await dropSchema(schema);
  });

  it('a subscriber in one process sees every commit of both, gap-free and in order, as they happen', async () => {
    const from = (await first.headPosition()) ?? 'start';
    const subscription = first.subscribe({ from })[Symbol.asyncIterator]();
    const perWriter = 200;
    const writes = [first, second].flatMap((store, writer) =>
      Array.from({ length: perWriter }, (_, index) =>
        store.append(`writer${writer}-${index % 7}-${schema}`, [event(index)], { streamState: 'any' }),
      ),
    );
    const results = await Promise.all(writes);
    const received: RecordedEvent[] = [];
    while (received.length < writes.length) {
      const next = await subscription.next();
      if (next.done) break;
      received.push(next.value);
    }
    await subscription.return?.();
    const positions = received.map((recorded) => Number(recorded.position));
    const start = Number(from === 'start' ? 0 : from);
    // No hole and no reordering: exactly the next 400 positions, each once.
    expect(positions).toEqual(Array.from({ length: writes.length }, (_, index) => start + index + 1));
    expect(new Set(results.map((result) => result.position)).size).toBe(writes.length);
  });

  it('wakes a subscriber of the other process through NOTIFY, not the (here one-minute) poll', async () => {
    const stream = `notified-${randomUUID()}`;
    const subscription = first
      .subscribe({ from: 'end', filter: { streamPrefixes: [stream] } })
      [Symbol.asyncIterator]();
    const waiting = subscription.next();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const startedAt = Date.now();
    await second.append(stream, [event(1)], { streamState: 'no_stream' });
    const delivered = await waiting;
    expect(delivered.value?.stream).toBe(stream);
    expect(Date.now() - startedAt).toBeLessThan(5_000);
    await subscription.return?.();
  });

  it('racing appends on one stream from both: each revision won once, one unbroken hash chain', async () => {
    const stream = `raced-${randomUUID()}`;
    await first.append(stream, [event(0)], { streamState: 'no_stream' });
    let won = 0;
    for (let round = 1; round <= 20; round += 1) {
      const outcomes = await Promise.allSettled(
        [first, second, first, second].map((store) =>
          store.append(stream, [event(round)], { streamState: BigInt(round - 1) }),
        ),
      );
      const winners = outcomes.filter((outcome) => outcome.status === 'fulfilled');
      expect(winners).toHaveLength(1);
      for (const outcome of outcomes)
        if (outcome.status === 'rejected') expect(outcome.reason).toBeInstanceOf(WrongExpectedRevision);
      won += winners.length;
    }
    const recorded = await second.readStream(stream);
    expect(recorded.map((e) => e.revision)).toEqual(
      Array.from({ length: won + 1 }, (_, index) => BigInt(index)),
    );
    await expect(first.verifyStream(stream)).resolves.toMatchObject({ valid: true, events: won + 1 });
  });
});
