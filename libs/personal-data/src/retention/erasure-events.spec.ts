import type { RecordedEvent } from '@ledger/event-store';
import { ERASURE_REQUESTED, isErasureDue, toPendingErasure } from './erasure-events';

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

describe('whether a request is due', () => {
  it('is due from its executeAfter on, not a millisecond before', () => {
    const pending = toPendingErasure(
      request({ customerId: 'c-1', executeAfter: '2031-01-10T00:00:00.000Z' }),
    );
    if (pending === null) throw new Error('request not read');
    expect(isErasureDue(pending, new Date('2031-01-09T23:59:59.999Z'))).toBe(false);
    expect(isErasureDue(pending, new Date('2031-01-10T00:00:00.000Z'))).toBe(true);
  });
});
