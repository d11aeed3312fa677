import type { RecordedEvent } from '@ledger/event-store';
import {
  ERASURE_REQUESTED,
  PERSONAL_DATA_ERASED,
  personalDataErased,
  toPendingErasure,
} from './erasure-events';

function request(
  data: RecordedEvent['data'],
  metadata: Partial<RecordedEvent['metadata']> = {},
): RecordedEvent {
  return {
    eventId: '6f1c2a9e-8a51-4d3c-9a57-0c2b1f6f5e11',
    stream: 'customer-c-1',
    type: ERASURE_REQUESTED,
    revision: 3n,
    position: '42',
    data,
    metadata: { recordedAt: '2027-06-01T00:00:01.000Z', prevHash: 'p', hash: 'h', ...metadata },
  };
}

describe('reading an erasure request', () => {
  it('needs only customerId, requestedAt and executeAfter', () => {
    const pending = toPendingErasure(
      request({
        customerId: 'c-1',
        requestedAt: '2027-06-01T00:00:00.000Z',
        executeAfter: '2031-01-10T00:00:00.000Z',
      }),
    );
    expect(pending).toEqual({
      customerId: 'c-1',
      requestedAt: '2027-06-01T00:00:00.000Z',
      executeAfter: '2031-01-10T00:00:00.000Z',
      requestedBy: 'unknown',
      requestEventId: '6f1c2a9e-8a51-4d3c-9a57-0c2b1f6f5e11',
      correlationId: '6f1c2a9e-8a51-4d3c-9a57-0c2b1f6f5e11',
    });
  });

  it('falls back to the stream for the customer and to the actor for who asked', () => {
    const pending = toPendingErasure(
      request({ executeAfter: '2031-01-10T00:00:00.000Z' }, { actor: { id: 'admin-7', role: 'admin' } }),
    );
    expect(pending).toMatchObject({
      customerId: 'c-1',
      requestedBy: 'admin-7',
      requestedAt: '2027-06-01T00:00:01.000Z',
    });
  });

  it('skips a request without a usable executeAfter', () => {
    expect(toPendingErasure(request({ customerId: 'c-1' }))).toBeNull();
    expect(toPendingErasure(request({ customerId: 'c-1', executeAfter: 'when retention ends' }))).toBeNull();
  });
});

describe('the PersonalDataErased event', () => {
  it('has an id derived from the request, so a repeated sweep appends it once', () => {
    const pending = toPendingErasure(
      request({ customerId: 'c-1', executeAfter: '2031-01-10T00:00:00.000Z' }),
    );
    if (pending === null) throw new Error('request not read');
    const once = personalDataErased(pending, new Date('2031-01-10T00:00:00.000Z'));
    const again = personalDataErased(pending, new Date('2031-01-11T00:00:00.000Z'));
    expect(once.type).toBe(PERSONAL_DATA_ERASED);
    expect(once.eventId).toBe(again.eventId);
    expect(once.eventId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
