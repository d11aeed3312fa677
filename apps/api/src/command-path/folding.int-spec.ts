import { randomUUID } from 'node:crypto';
import {
  type Customer,
  type CustomerCommand,
  customerAggregate,
  customerEventOf,
  type CustomerState,
  customerStream,
  evolveAll,
  type LogContact,
} from '@ledger/domain';
import { type EventStore, SqliteEventStore } from '@ledger/event-store';
import { retailJourney } from '../event-catalog/test/customer-journeys';
import { commandPath } from './test/command-path';

/** The store, with one stream read that can be held after it has read (as a slow read would be). */
function heldReads(inner: SqliteEventStore) {
  let held: Promise<void> | undefined;
  const store = new Proxy(inner, {
    get(target, key) {
      if (key === 'readStream')
        return async (...args: Parameters<EventStore['readStream']>) => {
          const read = await target.readStream(...args);
          const gate = held;
          held = undefined;
          if (gate !== undefined) await gate;
          return read;
        };
      const value: unknown = Reflect.get(target, key);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  /** Holds the next stream read until the returned function is called. */
  const holdNextRead = () => {
    let release = () => {};
    held = new Promise<void>((resolve) => (release = resolve));
    return release;
  };
  return { store, holdNextRead };
}

describe('folding a command onto the cached state in place', () => {
  const sealed = new SqliteEventStore(':memory:');
  afterAll(() => sealed.close());
  const { store, holdNextRead } = heldReads(sealed);
  const path = commandPath(store);
  const run = (command: CustomerCommand) => path.run(customerAggregate, command);

  const onboarded = async () => {
    const customerId = randomUUID();
    await run({ ...(retailJourney()[0] as CustomerCommand), customerId });
    return customerId;
  };
  const contact = (customerId: string, contactId: string): LogContact => ({
    type: 'LogContact',
    customerId,
    actor: { id: 'rm-li', role: 'relationship-manager' },
    now: '2026-02-01T09:00:00.000Z',
    contactId,
    channel: 'phone',
    purpose: 'maturity',
    outcome: 'rolls over',
    relationshipManagerId: 'rm-li',
  });
  const cached = (customerId: string) => path.folded.get<CustomerState>(customerStream(customerId));
  const replayed = async (customerId: string) =>
    evolveAll(
      (await store.readStream(customerStream(customerId))).flatMap((event) => customerEventOf(event) ?? []),
    );

  it('extends the cached maps instead of copying them, and the cached state stays the replay', async () => {
    const customerId = await onboarded();
    await run(contact(customerId, 'contact-0'));
    const contacts = (cached(customerId)?.state as Customer).contacts;
    await run(contact(customerId, 'contact-1'));
    await run(contact(customerId, 'contact-2'));
    const after = cached(customerId);
    expect((after?.state as Customer).contacts).toBe(contacts);
    expect(Object.keys(contacts)).toEqual(['contact-0', 'contact-1', 'contact-2']);
    expect(after?.revision).toBe(3n);
    expect(after?.state).toEqual(await replayed(customerId));
  });

  it('reads again when a save extended the entry its load read while the read was under way', async () => {
    const customerId = await onboarded();
    await run(contact(customerId, 'contact-0'));
    const release = holdNextRead();
    // This command has read the cached entry at revision 1 and waits; the next one saves revision 2.
    const slow = run(contact(customerId, 'contact-slow'));
    await expect(run(contact(customerId, 'contact-fast'))).resolves.toMatchObject({ revision: 2 });
    release();
    // Decided on the state at revision 2, not on the entry of revision 1 with revision 2's maps.
    await expect(slow).resolves.toMatchObject({ revision: 3 });
    const state = cached(customerId)?.state as Customer;
    expect(Object.keys(state.contacts).sort()).toEqual(['contact-0', 'contact-fast', 'contact-slow']);
    expect(state).toEqual(await replayed(customerId));
  });

  it('refuses a command that repeats a contact the racing winner logged, on the winner’s state', async () => {
    const customerId = await onboarded();
    await run(contact(customerId, 'contact-0'));
    const release = holdNextRead();
    const slow = run(contact(customerId, 'contact-same'));
    await run(contact(customerId, 'contact-same'));
    release();
    await expect(slow).rejects.toMatchObject({ code: 'CONTACT_ALREADY_LOGGED' });
    expect(cached(customerId)?.state).toEqual(await replayed(customerId));
  });
});
