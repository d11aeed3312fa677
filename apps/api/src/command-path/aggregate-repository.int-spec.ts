import { randomUUID } from 'node:crypto';
import {
  ContactAlreadyLogged,
  type CustomerCommand,
  customerAggregate,
  customerEventOf,
  type CustomerState,
  customerStream,
  evolveAll,
  type LogContact,
} from '@ledger/domain';
import { SqliteEventStore, WrongExpectedRevision } from '@ledger/event-store';
import {
  DEVELOPMENT_MASTER_KEY,
  EncryptingEventStore,
  ERASED,
  masterKeyFrom,
  SqliteKeyStore,
} from '@ledger/personal-data';
import { corporateJourney, retailJourney } from '../event-catalog/test/customer-journeys';
import { commandPath } from './test/command-path';

/** Commands go through the handler into the encrypting SQLite store, as in the api. */
describe('the folded customer states commands decide on (SQLite store)', () => {
  const sealed = new SqliteEventStore(':memory:');
  const keys = new SqliteKeyStore(':memory:', masterKeyFrom(DEVELOPMENT_MASTER_KEY));
  const store = new EncryptingEventStore(sealed, keys);
  afterAll(async () => {
    await sealed.close();
    await keys.close();
  });

  /** One api instance: its own cache over the shared log. */
  function apiInstance() {
    const path = commandPath(store);
    const cache = {
      get: (stream: string) => path.folded.get<CustomerState>(stream),
      get size() {
        return path.folded.size;
      },
    };
    const run = (command: CustomerCommand) => path.run(customerAggregate, command);
    const load = async (customerId: string) => {
      const loaded = await path.repository.load<CustomerState>(customerAggregate, customerId, {
        correlationId: randomUUID(),
      });
      if (!('folded' in loaded)) throw new Error('an unkeyed load always folds');
      return loaded.folded;
    };
    return { cache, run, load };
  }

  const replayedFromTheLog = async (customerId: string) =>
    evolveAll(
      (await store.readStream(customerStream(customerId))).flatMap((event) => customerEventOf(event) ?? []),
    );

  const onboarding = (customerId: string): CustomerCommand => ({ ...onboard(), customerId });
  const onboard = () => retailJourney()[0] as CustomerCommand;
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

  it('holds, after every command of the journeys, the state a replay of the log gives', async () => {
    const api = apiInstance();
    for (const command of [...retailJourney(), ...corporateJourney()]) {
      if (command.type === 'RecordPersonalDataErased') continue;
      await api.run(command);
      const folded = api.cache.get(customerStream(command.customerId));
      // From the erasure request on, nothing is kept (customerAggregate.cacheable).
      if (folded !== undefined) expect(folded.state).toEqual(await replayedFromTheLog(command.customerId));
    }
    expect(api.cache.size).toBeGreaterThan(0);
  });

  it('decides on what another writer recorded after the revision it holds', async () => {
    const customerId = randomUUID();
    const ours = apiInstance();
    const theirs = apiInstance();
    await ours.run(onboarding(customerId));
    await ours.run(contact(customerId, 'contact-1'));
    expect(ours.cache.get(customerStream(customerId))?.revision).toBe(1n);

    await theirs.run(contact(customerId, 'contact-2'));
    await expect(ours.run(contact(customerId, 'contact-2'))).rejects.toThrow(ContactAlreadyLogged);
    await expect(ours.run(contact(customerId, 'contact-3'))).resolves.toMatchObject({ revision: 3 });
    expect(ours.cache.get(customerStream(customerId))?.state).toEqual(await replayedFromTheLog(customerId));
  });

  it('refuses the loser of a race on one stream (409) and decides the next command on the winner', async () => {
    const customerId = randomUUID();
    const api = apiInstance();
    await api.run(onboarding(customerId));
    await api.run(contact(customerId, 'contact-0'));
    const raced = await Promise.allSettled([
      api.run(contact(customerId, 'contact-a')),
      api.run(contact(customerId, 'contact-b')),
    ]);
    expect(raced.map((outcome) => outcome.status).sort()).toEqual(['fulfilled', 'rejected']);
    const lost = raced.find((outcome) => outcome.status === 'rejected');
    expect(lost?.status === 'rejected' ? lost.reason : undefined).toBeInstanceOf(WrongExpectedRevision);

    await expect(api.run(contact(customerId, 'contact-c'))).resolves.toMatchObject({ revision: 3 });
    expect(api.cache.get(customerStream(customerId))?.state).toEqual(await replayedFromTheLog(customerId));
  });

  it('never serves personal data a destroyed key has made unreadable', async () => {
    const customerId = randomUUID();
    const ours = apiInstance();
    const theirs = apiInstance();
    await ours.run(onboarding(customerId));
    await ours.run({ ...offboarding(), customerId });
    expect(ours.cache.get(customerStream(customerId))?.state).toMatchObject({ name: '王芳' });

    // Another instance records the request; the sweep destroys the key before recording the erasure.
    await theirs.run({ ...erasureRequest(), customerId });
    await keys.destroy(customerId);

    const { state } = await ours.load(customerId);
    expect(state).toMatchObject({ status: 'restricted', name: ERASED, idNumber: ERASED });
    expect(state).toEqual(await replayedFromTheLog(customerId));
    expect(ours.cache.get(customerStream(customerId))).toBeUndefined();
  });
});

function offboarding(): CustomerCommand {
  const command = retailJourney().find((next) => next.type === 'OffboardCustomer');
  if (command === undefined) throw new Error('the retail journey offboards');
  // By the manager who onboarded it: in the journey the customer has changed hands by then.
  return { ...command, actor: (retailJourney()[0] as CustomerCommand).actor };
}

function erasureRequest(): CustomerCommand {
  const command = retailJourney().find((next) => next.type === 'RequestPersonalDataErasure');
  if (command === undefined) throw new Error('the retail journey requests erasure');
  return command;
}
