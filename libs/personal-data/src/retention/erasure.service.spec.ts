import { randomBytes, randomUUID } from 'node:crypto';
import { customerOnboarded } from '../../test/fixtures';
import { MemoryEventStore } from '../../test/memory.event-store';
import { MemoryKeyRecords } from '../../test/memory.key-records';
import { EncryptingEventStore } from '../codec/encrypting.event-store';
import { ERASED } from '../codec/erased';
import { masterKeyFrom } from '../keys/master-key';
import { WrappingKeyStore } from '../keys/wrapping.key-store';
import { ERASURE_REQUESTED, PERSONAL_DATA_ERASED } from './erasure-events';
import { ErasureService } from './erasure.service';

const requestedAt = '2027-06-01T00:00:00.000Z';
const executeAfter = '2031-01-10T00:00:00.000Z';

async function customerWithErasureRequest() {
  const keys = new WrappingKeyStore(
    new MemoryKeyRecords(),
    masterKeyFrom(randomBytes(32).toString('base64')),
  );
  const store = new EncryptingEventStore(new MemoryEventStore(), keys);
  const onboarded = customerOnboarded();
  const stream = `customer-${onboarded.customerId}`;
  const request = {
    eventId: randomUUID(),
    type: ERASURE_REQUESTED,
    data: {
      customerId: onboarded.customerId,
      requestedAt,
      executeAfter,
      requestedBy: 'admin-7',
      reason: 'PIPL art. 47',
    },
    metadata: { occurredAt: requestedAt, actor: { id: 'admin-7', role: 'admin' }, $correlationId: 'corr-1' },
  };
  await store.append(stream, [onboarded], { streamState: 'no_stream' });
  await store.append(stream, [request], { streamState: 0n });
  return {
    keys,
    store,
    stream,
    customerId: onboarded.customerId,
    request,
    sweep: new ErasureService(store, keys),
  };
}

describe('the erasure sweep', () => {
  describe('inside the retention period', () => {
    it('leaves the request pending and the personal data readable', async () => {
      const { store, stream, keys, customerId, sweep } = await customerWithErasureRequest();
      expect(await sweep.executeDueErasures(new Date('2031-01-09T23:59:59.999Z'))).toEqual([]);
      expect(await keys.isDestroyed(customerId)).toBe(false);
      expect((await store.readStream(stream))[0]?.data.name).toBe('Zhang Wei');
    });
  });

  describe('when the retention period has ended', () => {
    const now = new Date(executeAfter);

    it('destroys the key and records PersonalDataErased', async () => {
      const { store, stream, keys, customerId, request, sweep } = await customerWithErasureRequest();
      expect(await sweep.executeDueErasures(now)).toEqual([
        { customerId, requestEventId: request.eventId, erasedAt: executeAfter },
      ]);
      expect(await keys.isDestroyed(customerId)).toBe(true);
      const events = await store.readStream(stream);
      expect(events.map((event) => event.type)).toEqual([
        'CustomerOnboarded',
        ERASURE_REQUESTED,
        PERSONAL_DATA_ERASED,
      ]);
      expect(events[0]?.data).toMatchObject({ name: ERASED, idNumber: ERASED, segment: 'retail' });
      expect(events[2]).toMatchObject({
        data: { customerId, at: executeAfter, requestedBy: 'admin-7', requestEventId: request.eventId },
        metadata: { occurredAt: executeAfter, $causationId: request.eventId, $correlationId: 'corr-1' },
      });
      expect(await store.verifyStream(stream)).toMatchObject({ valid: true, events: 3 });
    });

    it('does nothing the second time', async () => {
      const { store, stream, sweep } = await customerWithErasureRequest();
      await sweep.executeDueErasures(now);
      expect(await sweep.executeDueErasures(new Date('2032-01-01T00:00:00Z'))).toEqual([]);
      expect(await store.readStream(stream)).toHaveLength(3);
    });

    it('finishes a sweep that crashed between destroying the key and recording the event', async () => {
      const { keys, store, stream, customerId, sweep } = await customerWithErasureRequest();
      await keys.destroy(customerId, now);
      expect(await sweep.findDueErasures(now)).toHaveLength(1);
      await sweep.executeDueErasures(now);
      expect((await store.readStream(stream)).at(-1)?.type).toBe(PERSONAL_DATA_ERASED);
    });
  });
});
