import type { AllStreamResolvedEvent } from '@kurrent/kurrentdb-client';
import { toRecordedEvent } from './recorded-event.mapper';

type ClientRecord = NonNullable<AllStreamResolvedEvent['event']>;

function resolved(overrides: Record<string, unknown>): AllStreamResolvedEvent {
  const event = {
    streamId: 'customer-1',
    id: '6f1c1c2e-7d3a-4c55-9a44-3f1f0f6f8a01',
    isJson: true,
    revision: 3n,
    type: 'ContactLogged',
    created: new Date('2026-11-24T10:00:01.000Z'),
    data: { channel: 'phone' },
    metadata: { occurredAt: '2026-11-24T10:00:00.000Z', recordedAt: 'r', prevHash: 'p', hash: 'h' },
    position: { commit: 900n, prepare: 880n },
    ...overrides,
  } as ClientRecord;
  return { event };
}

describe('toRecordedEvent', () => {
  it('maps a JSON record written by this store', () => {
    expect(toRecordedEvent(resolved({}))).toEqual({
      eventId: '6f1c1c2e-7d3a-4c55-9a44-3f1f0f6f8a01',
      stream: 'customer-1',
      type: 'ContactLogged',
      revision: 3n,
      position: '900:880',
      data: { channel: 'phone' },
      metadata: { occurredAt: '2026-11-24T10:00:00.000Z', recordedAt: 'r', prevHash: 'p', hash: 'h' },
    });
  });

  it('drops system events, links and records that are not JSON objects', () => {
    expect(toRecordedEvent(resolved({ streamId: '$stats-0.0.0.0:2113', type: 'statsCollected' }))).toBeNull();
    expect(toRecordedEvent(resolved({ type: '$>' }))).toBeNull();
    expect(toRecordedEvent(resolved({ isJson: false, data: new Uint8Array([1]) }))).toBeNull();
    expect(toRecordedEvent(resolved({ data: [1, 2] }))).toBeNull();
    expect(toRecordedEvent({})).toBeNull();
  });

  it('reads a record without chain fields as unchained, so verifyStream reports it', () => {
    const event = toRecordedEvent(resolved({ metadata: undefined }));
    expect(event?.metadata).toEqual({ recordedAt: '2026-11-24T10:00:01.000Z', prevHash: '', hash: '' });
  });
});
