import { randomUUID } from 'node:crypto';
import { type CustomerCommand, customerAggregate } from '@ledger/domain';
import { SqliteEventStore } from '@ledger/event-store';
import {
  DEVELOPMENT_MASTER_KEY,
  EncryptingEventStore,
  ERASED,
  masterKeyFrom,
  SqliteKeyStore,
} from '@ledger/personal-data';
import { commandPath } from '../command-path/test/command-path';
import { retailJourney } from '../event-catalog/test/customer-journeys';
import { Erasures } from './erasures';

const until = (type: CustomerCommand['type']) => {
  const journey = retailJourney();
  return journey.slice(0, journey.findIndex((command) => command.type === type) + 1);
};
/** The retail journey's erasure request: offboarded 2026-11-30, so retention ends 2031-11-30. */
const RETENTION_ENDS = new Date('2031-11-30T09:00:00.000Z');

async function customerWithErasureRequest() {
  const sealed = new SqliteEventStore(':memory:');
  const keys = new SqliteKeyStore(':memory:', masterKeyFrom(DEVELOPMENT_MASTER_KEY));
  const store = new EncryptingEventStore(sealed, keys);
  const path = commandPath(store);
  const customerId = randomUUID();
  for (const command of until('RequestPersonalDataErasure'))
    await path.run(customerAggregate, { ...command, customerId } as CustomerCommand);
  const erasures = new Erasures(sealed, keys, (decision) =>
    path.run(decision.aggregate, decision.command, decision.context),
  );
  const stream = `customer-${customerId}`;
  const close = async () => {
    await sealed.close();
    await keys.close();
  };
  return { sealed, store, keys, customerId, stream, erasures, close };
}

describe('executing erasure requests', () => {
  it('leaves a request inside its retention period pending, the personal data readable', async () => {
    const { store, keys, customerId, stream, erasures, close } = await customerWithErasureRequest();
    expect(await erasures.executeDue(new Date(RETENTION_ENDS.getTime() - 1))).toEqual([]);
    expect(await erasures.executeIfDue(customerId, new Date(RETENTION_ENDS.getTime() - 1))).toBe(false);
    expect(await keys.isDestroyed(customerId)).toBe(false);
    expect((await store.readStream(stream))[0]?.data['name']).toBe('王芳');
    await close();
  });

  it('destroys the key, then records PersonalDataErased through the decider as the system', async () => {
    const { store, keys, customerId, stream, erasures, close } = await customerWithErasureRequest();
    const [request] = (await store.readStream(stream)).filter(
      (e) => e.type === 'PersonalDataErasureRequested',
    );
    const executed = await erasures.executeDue(RETENTION_ENDS);
    expect(executed).toEqual([
      { customerId, requestEventId: request?.eventId, erasedAt: RETENTION_ENDS.toISOString() },
    ]);
    expect(await keys.isDestroyed(customerId)).toBe(true);
    const events = await store.readStream(stream);
    expect(events[0]?.data).toMatchObject({ name: ERASED, idNumber: ERASED, segment: 'retail' });
    expect(events.at(-1)).toMatchObject({
      type: 'PersonalDataErased',
      data: { customerId, at: RETENTION_ENDS.toISOString(), requestEventId: request?.eventId },
      metadata: {
        actor: { id: 'system', role: 'system' },
        $causationId: request?.eventId,
        $correlationId: request?.metadata['$correlationId'],
      },
    });
    expect(await store.verifyStream(stream)).toMatchObject({ valid: true });
    await close();
  });

  it('does nothing the second time, and erases one customer from its own stream', async () => {
    const { store, customerId, stream, erasures, close } = await customerWithErasureRequest();
    expect(await erasures.executeIfDue(customerId, RETENTION_ENDS)).toBe(true);
    const recorded = (await store.readStream(stream)).length;
    expect(await erasures.executeDue(new Date('2032-01-01T00:00:00Z'))).toEqual([]);
    expect(await erasures.executeIfDue(customerId, new Date('2032-01-01T00:00:00Z'))).toBe(false);
    expect(await store.readStream(stream)).toHaveLength(recorded);
    await close();
  });

  it('finishes a sweep that crashed between destroying the key and recording the event', async () => {
    const { keys, store, customerId, stream, erasures, close } = await customerWithErasureRequest();
    await keys.destroy(customerId, RETENTION_ENDS);
    expect(await erasures.executeDue(RETENTION_ENDS)).toHaveLength(1);
    expect((await store.readStream(stream)).at(-1)?.type).toBe('PersonalDataErased');
    await close();
  });
});
