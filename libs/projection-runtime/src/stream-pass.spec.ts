import type { RecordedEvent, StreamChunk } from '@ledger/event-store';
import { eventsAfter, passedThrough } from './stream-pass';

const event = (stream: string, revision: number, position: number): RecordedEvent => ({
  eventId: `${stream}-${revision}`,
  stream,
  type: 'Deposited',
  revision: BigInt(revision),
  position: String(position),
  data: {},
  metadata: { recordedAt: '2026-11-25T00:00:00.000Z', prevHash: '', hash: '' },
});

// Stream a began at 1 (revisions at 1, 3, 9), b at 2 (2, 4), c at 5 (5, 12).
const chunks: StreamChunk[] = [
  { stream: 'a', start: '1', events: [event('a', 0, 1), event('a', 1, 3), event('a', 2, 9)] },
  { stream: 'b', start: '2', events: [event('b', 0, 2), event('b', 1, 4)] },
  { stream: 'c', start: '5', events: [event('c', 0, 5), event('c', 1, 12)] },
];
const ids = (events: readonly RecordedEvent[]) => events.map((recorded) => recorded.eventId);

describe('the events a stream pass folds from a read', () => {
  it('are all of them up to the head, with the last one as the cursor', () => {
    const { events, last } = eventsAfter(chunks, null, '12');
    expect(ids(events)).toEqual(['a-0', 'a-1', 'a-2', 'b-0', 'b-1', 'c-0', 'c-1']);
    expect(last).toEqual({ stream: 'c', start: '5', revision: 1n });
  });

  it('leave out what lies beyond the head, inside a chunk too', () => {
    const { events, last } = eventsAfter(chunks, null, '8');
    expect(ids(events)).toEqual(['a-0', 'a-1', 'b-0', 'b-1', 'c-0']);
    expect(last).toEqual({ stream: 'c', start: '5', revision: 0n });
  });

  it('start strictly after the cursor: earlier streams and the cursor stream up to its revision are skipped', () => {
    const { events, last } = eventsAfter(chunks, { stream: 'b', start: '2', revision: 0n }, '12');
    expect(ids(events)).toEqual(['b-1', 'c-0', 'c-1']);
    expect(last).toEqual({ stream: 'c', start: '5', revision: 1n });
    expect(eventsAfter(chunks, { stream: 'c', start: '5', revision: 1n }, '12')).toEqual({
      events: [],
      last: null,
    });
  });

  it('count as passed through for a retry: done streams up to the head, the current one up to the cursor', () => {
    const pass = { head: '8', folded: { stream: 'b', start: '2', revision: 0n }, eventsFolded: 3 };
    expect(passedThrough(pass, event('a', 1, 3))).toBe(true);
    expect(passedThrough(pass, event('a', 2, 9))).toBe(false);
    expect(passedThrough(pass, event('b', 0, 2))).toBe(true);
    expect(passedThrough(pass, event('b', 1, 4))).toBe(false);
    expect(passedThrough({ head: null, folded: null, eventsFolded: 0 }, event('a', 0, 1))).toBe(false);
  });
});
