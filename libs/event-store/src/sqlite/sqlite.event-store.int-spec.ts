import { randomUUID } from 'node:crypto';
import { InvalidAppend } from '..';
import { describeEventStoreContract } from '../../test/event-store.contract';
import { temporaryStoreFile } from '../../test/temporary-file';
import { SqliteEventStore } from './sqlite.event-store';

describeEventStoreContract('SQLite', async () => new SqliteEventStore(temporaryStoreFile()));

describe('SQLite: append answers with a promise, whatever goes wrong', () => {
  it('rejects bad input and a closed store instead of throwing at the caller', async () => {
    const store = new SqliteEventStore(temporaryStoreFile());
    const event = { eventId: randomUUID(), type: 'ContactLogged', data: {} };
    let invalid: Promise<unknown> | undefined;
    expect(() => (invalid = store.append('', [event], { streamState: 'any' }))).not.toThrow();
    await expect(invalid).rejects.toBeInstanceOf(InvalidAppend);

    await store.close();
    let closed: Promise<unknown> | undefined;
    expect(() => (closed = store.append('customer-1', [event], { streamState: 'any' }))).not.toThrow();
    await expect(closed).rejects.toThrow('is closed');
  });
});
