import { randomUUID } from 'node:crypto';
import { DuplicateEventId } from '../errors';
import type { RecordedEvent } from '../event-store.port';
import { findPriorAppend } from './idempotent-retry';

function streamOf(ids: readonly string[], firstRevision = 0n): RecordedEvent[] {
  return ids.map((eventId, index) => ({
    eventId,
    stream: 's-1',
    type: 'T',
    revision: firstRevision + BigInt(index),
    position: `${100 + index}:${100 + index}`,
    data: {},
    metadata: { recordedAt: '2026-11-24T10:00:00.000Z', prevHash: '', hash: '' },
  }));
}

describe('findPriorAppend (reading a KurrentDB stream back to confirm a retry)', () => {
  const [a, b, c, d] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];

  it('finds a batch at consecutive revisions, in order, and answers with its last event', () => {
    const stored = streamOf([a, b, c]);
    expect(findPriorAppend('s-1', [b, c], stored)).toEqual({ found: true, last: stored[2] });
  });

  it('compares ids case-insensitively (validation lower-cases the batch)', () => {
    const stored = streamOf([a.toUpperCase()]);
    expect(findPriorAppend('s-1', [a], stored)).toMatchObject({ found: true });
  });

  it('does not find a batch that is not there', () => {
    expect(findPriorAppend('s-1', [d], streamOf([a, b, c]))).toEqual({ found: false });
    expect(findPriorAppend('s-1', [d], [])).toEqual({ found: false });
  });

  it('calls a partial or reordered overlap a DuplicateEventId', () => {
    expect(() => findPriorAppend('s-1', [b, d], streamOf([a, b]))).toThrow(DuplicateEventId);
    expect(() => findPriorAppend('s-1', [b, a], streamOf([a, b]))).toThrow(DuplicateEventId);
    expect(() => findPriorAppend('s-1', [a, c], streamOf([a, b, c]))).toThrow(DuplicateEventId);
  });

  it('treats a batch cut by the first edge of a tail read as beyond the read, not as a clash', () => {
    expect(findPriorAppend('s-1', [a, b], streamOf([b, c], 5n))).toEqual({ found: false });
  });
});
