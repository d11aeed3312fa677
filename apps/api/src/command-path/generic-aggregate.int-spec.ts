import { randomUUID } from 'node:crypto';
import { SqliteEventStore, WrongExpectedRevision } from '@ledger/event-store';
import {
  DEVELOPMENT_MASTER_KEY,
  EncryptingEventStore,
  isEncryptedField,
  masterKeyFrom,
  PERSONAL_FIELDS,
  SqliteKeyStore,
} from '@ledger/personal-data';
import { IdempotencyKeyReused } from './idempotency';
import { commandPath } from './test/command-path';
import {
  LockerAlreadyRented,
  LOCKER_PERSONAL_FIELDS,
  lockerAggregate,
  type RentLocker,
} from './test/locker.aggregate';

/** A new aggregate through the api's own command path: nothing in the path knows it. */
describe('the command path with an aggregate it has never seen (a test-only locker)', () => {
  const sealed = new SqliteEventStore(':memory:');
  const keys = new SqliteKeyStore(':memory:', masterKeyFrom(DEVELOPMENT_MASTER_KEY));
  const store = new EncryptingEventStore(sealed, keys, { ...PERSONAL_FIELDS, ...LOCKER_PERSONAL_FIELDS });
  afterAll(async () => {
    await sealed.close();
    await keys.close();
  });

  const rent = (lockerId: string, holderName = '李雷'): RentLocker => ({
    type: 'RentLocker',
    lockerId,
    customerId: randomUUID(),
    holderName,
    actor: { id: 'rm-li', role: 'relationship-manager' },
    now: '2026-12-01T09:00:00.000Z',
  });

  it('records the decided event in the aggregate’s own stream, attributed to the caller', async () => {
    const lockerId = randomUUID();
    const { run } = commandPath(store);
    await expect(run(lockerAggregate, rent(lockerId))).resolves.toMatchObject({ revision: 0 });
    const [recorded] = await store.readStream(`locker-${lockerId}`);
    expect(recorded).toMatchObject({
      type: 'LockerRented',
      data: { lockerId, holderName: '李雷' },
      metadata: { actor: { id: 'rm-li' }, occurredAt: '2026-12-01T09:00:00.000Z', schemaVersion: 1 },
    });
    await expect(run(lockerAggregate, rent(lockerId))).rejects.toThrow(LockerAlreadyRented);
  });

  it('seals its personal fields under the key of the customer the event names', async () => {
    const lockerId = randomUUID();
    const command = rent(lockerId, '韩梅梅');
    await commandPath(store).run(lockerAggregate, command);
    const [stored] = await sealed.readStream(`locker-${lockerId}`);
    expect(isEncryptedField(stored?.data['holderName'])).toBe(true);
    expect(JSON.stringify(stored?.data)).not.toContain('韩梅梅');
    await keys.destroy(command.customerId);
    const [erased] = await store.readStream(`locker-${lockerId}`);
    expect(erased?.data['holderName']).toBe('[erased]');
  });

  it('refuses the loser of a race on one stream with a conflict (409)', async () => {
    const lockerId = randomUUID();
    const { run } = commandPath(store);
    const raced = await Promise.allSettled([
      run(lockerAggregate, rent(lockerId)),
      run(lockerAggregate, rent(lockerId)),
    ]);
    const reasons = raced.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason] : []));
    expect(reasons).toHaveLength(1);
    expect(reasons[0]).toBeInstanceOf(WrongExpectedRevision);
    expect(await store.readStream(`locker-${lockerId}`)).toHaveLength(1);
  });

  it('answers a replayed Idempotency-Key from the log, and refuses the key with another request', async () => {
    const lockerId = randomUUID();
    const command = rent(lockerId);
    const keyed = { idempotencyKey: `rent-${lockerId}`, requestHash: 'hash-1' };
    const first = await commandPath(store).run(lockerAggregate, command, keyed);
    // Another api instance, with nothing cached: the log alone answers.
    await expect(commandPath(store).run(lockerAggregate, command, keyed)).resolves.toEqual(first);
    await expect(
      commandPath(store).run(lockerAggregate, command, { ...keyed, requestHash: 'hash-2' }),
    ).rejects.toThrow(IdempotencyKeyReused);
    expect(await store.readStream(`locker-${lockerId}`)).toHaveLength(1);
  });
});
