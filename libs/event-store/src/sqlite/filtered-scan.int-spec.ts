import { randomUUID } from 'node:crypto';
import type { EventToAppend, RecordedEvent } from '..';
import { temporaryStoreFile } from '../../test/temporary-file';
import { SqliteEventStore } from './sqlite.event-store';

const event = (type: string): EventToAppend => ({ eventId: randomUUID(), type, data: {} });

/** 300 events in 10 streams; every 37th is 'Rare'. A window of 10 positions forces many scans. */
async function storeWithRareEvents(): Promise<{ store: SqliteEventStore; rare: string[] }> {
  const store = new SqliteEventStore(temporaryStoreFile(), { scanWindow: 10 });
  const rare: string[] = [];
  for (let index = 0; index < 300; index += 1) {
    const appended = index % 37 === 5 ? event('Rare') : event('Common');
    const stream = index % 37 === 5 ? `audit-${index}` : `customer-${index % 10}`;
    const { position } = await store.append(stream, [appended], { streamState: 'any' });
    if (appended.type === 'Rare') rare.push(position);
  }
  return { store, rare };
}

async function positions(events: AsyncIterable<RecordedEvent>, count = Infinity): Promise<string[]> {
  const read: string[] = [];
  for await (const recorded of events) {
    read.push(recorded.position);
    if (read.length >= count) break;
  }
  return read;
}

describe('SQLite: filtered reads scan the log one window at a time', () => {
  it('readAll finds every match across windows, in order, and honours maxCount', async () => {
    const { store, rare } = await storeWithRareEvents();
    expect(await positions(store.readAll({ filter: { eventTypes: ['Rare'] } }))).toEqual(rare);
    expect(await positions(store.readAll({ filter: { streamPrefixes: ['audit-'] } }))).toEqual(rare);
    expect(await positions(store.readAll({ filter: { eventTypes: ['Rare'] }, maxCount: 3 }))).toEqual(
      rare.slice(0, 3),
    );
    expect(await positions(store.readAll({ filter: { eventTypes: ['Common'] } }))).toHaveLength(300 - 8);
    await store.close();
  });

  it('a subscription catches up across windows, then delivers the next match live', async () => {
    const { store, rare } = await storeWithRareEvents();
    const subscription = store.subscribe({ from: 'start', filter: { eventTypes: ['Rare'] } });
    const live = positions(subscription, rare.length + 1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await store.append('customer-0', [event('Common')], { streamState: 'any' });
    const { position } = await store.append('audit-live', [event('Rare')], { streamState: 'any' });
    expect(await live).toEqual([...rare, position]);
    await store.close();
  });

  it('lets the event loop run between windows: a rare filter never holds it for a whole-log scan', async () => {
    const { store } = await storeWithRareEvents();
    /** Whether work queued on the event loop as the read began ran before the read ended. */
    const otherWorkRanDuring = async (read: () => Promise<unknown>): Promise<boolean> => {
      let ran = false;
      setImmediate(() => (ran = true));
      await read();
      return ran;
    };
    expect(
      await otherWorkRanDuring(() => positions(store.readAll({ filter: { eventTypes: ['Absent'] } }))),
    ).toBe(true);
    const subscription = store.subscribe({ from: 'start', filter: { eventTypes: ['Rare'] } });
    expect(await otherWorkRanDuring(() => positions(subscription, 8))).toBe(true);
    await store.close();
  });
});
