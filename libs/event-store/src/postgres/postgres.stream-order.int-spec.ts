import { randomUUID } from 'node:crypto';
import {
  describeWithPostgres,
  dropSchema,
  freshSchema,
  PG_TEST_URL,
} from '../../../../test/support/postgres-server';
import { PostgresEventStore } from './postgres.event-store';

/** A fresh log, so positions start at 1 and stream starts cross from one digit to two and three. */
describeWithPostgres('PostgreSQL event store: streams in creation order across digit boundaries', () => {
  const schema = freshSchema();
  let store: PostgresEventStore;
  beforeAll(async () => {
    store = await PostgresEventStore.open(PG_TEST_URL, { schema });
  });
  afterAll(async () => {
    await store.close();
    await dropSchema(schema);
  });

  it('reads 600 streams (more than a page of starts) whole, in the order they were created', async () => {
    const streams = Array.from({ length: 600 }, (_, index) => `ordered-${String(index).padStart(3, '0')}`);
    for (const stream of streams) {
      const event = { eventId: randomUUID(), type: 'OrderChecked', data: { stream } };
      await store.append(stream, [event, { ...event, eventId: randomUUID() }], { streamState: 'no_stream' });
    }
    const read: string[] = [];
    let events = 0;
    for await (const chunk of store.readByStream({ upTo: (await store.headPosition()) ?? '0' })) {
      read.push(chunk.stream);
      events += chunk.events.length;
    }
    expect(read).toEqual(streams);
    expect(events).toBe(1200);
  });

  it('continues a page past 10,000 rows without losing or repeating an event', async () => {
    const from = (await store.headPosition()) ?? '0';
    const long = `long-${randomUUID()}`;
    const around = [`before-${randomUUID()}`, `after-${randomUUID()}`];
    const many = (count: number) =>
      Array.from({ length: count }, (_, index) => ({
        eventId: randomUUID(),
        type: 'OrderChecked',
        data: { index },
      }));
    await store.append(around[0] as string, many(3), { streamState: 'no_stream' });
    for (let batch = 0; batch < 11; batch += 1)
      await store.append(long, many(1000), {
        streamState: batch === 0 ? 'no_stream' : BigInt(batch * 1000 - 1),
      });
    await store.append(around[1] as string, many(3), { streamState: 'no_stream' });
    const revisions = new Map<string, bigint[]>();
    for await (const chunk of store.readByStream({ upTo: (await store.headPosition()) ?? '0' })) {
      if (Number(chunk.start) <= Number(from)) continue;
      const seen = revisions.get(chunk.stream) ?? [];
      seen.push(...chunk.events.map((event) => event.revision));
      revisions.set(chunk.stream, seen);
    }
    expect([...revisions.keys()]).toEqual([around[0], long, around[1]]);
    expect(revisions.get(long)).toEqual(Array.from({ length: 11_000 }, (_, index) => BigInt(index)));
  });
});
