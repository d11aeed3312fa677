import type { Position, RecordedEvent } from '@ledger/event-store';
import type { ReadDocument } from '@ledger/read-store';
import { foldBatch } from './batch-fold';
import { cacheKey, planBatch } from './batch-plan';
import type { ParkedStream } from './parked-streams';
import type { Projection } from './projection';

interface Tally extends ReadDocument {
  count: number;
}

// Counts events per stream and in one shared document; throws on events marked poison.
const tally: Projection<Tally> = {
  name: 'tally',
  version: 1,
  collections: ['tallies'],
  documentIds: (event) => [
    { collection: 'tallies', id: event.stream },
    { collection: 'tallies', id: 'all' },
  ],
  evolve: (document, event, _collection, id) => {
    if (event.data.poison === true && id === 'all') throw new Error('cannot fold this');
    return { _id: id, count: (document?.count ?? 0) + 1 };
  },
};

let position = 0;
function event(stream: string, data: RecordedEvent['data'] = {}): RecordedEvent {
  position++;
  return {
    eventId: `00000000-0000-4000-8000-${String(position).padStart(12, '0')}`,
    stream,
    type: 'Counted',
    revision: 0n,
    position: String(position),
    data,
    metadata: { recordedAt: '2026-11-24T10:00:00.000Z', prevHash: '', hash: '' },
  };
}

interface Held {
  documents: Map<string, ReadDocument | null>;
  positions: Map<string, Position>;
}

/** What an earlier fold left, as a later batch starts from it (the fold changes what it is given). */
const copy = ({ documents, positions }: Held): Held => ({
  documents: new Map(documents),
  positions: new Map(positions),
});

function fold(
  events: RecordedEvent[],
  { documents, positions }: Held = { documents: new Map(), positions: new Map() },
  parked = new Map<string, ParkedStream>(),
  retrying?: string,
) {
  const plan = planBatch(tally as Projection, events);
  // As if the checkpoint were lost: every loaded document may already reflect some of the events.
  const ahead = new Set(documents.keys());
  const result = foldBatch(tally as Projection, plan.events, documents, {
    parked,
    now: 'now',
    ahead,
    positions,
    retrying,
  });
  const count = (id: string) => (documents.get(cacheKey('tallies', id)) as Tally | undefined)?.count;
  return { ...result, count, documents, positions };
}

describe('foldBatch', () => {
  it('folds every event into the documents it touches and records the position applied', () => {
    const events = [event('a'), event('b'), event('a')];
    const result = fold(events);
    expect([result.count('a'), result.count('b'), result.count('all')]).toEqual([2, 1, 3]);
    expect(result.positions.get(cacheKey('tallies', 'all'))).toBe(events[2]?.position);
    expect(result.documents.get(cacheKey('tallies', 'all'))).not.toHaveProperty('_position');
    expect(result.applied).toBe(3);
  });

  it('skips documents that already reflect an event, so a replay never double-counts', () => {
    const first = fold([event('a'), event('a')]);
    const replayed = [event('a')];
    const again = fold([...replayed], copy(first));
    expect(again.count('a')).toBe(3);
    const twice = fold(replayed, copy(again));
    expect(twice.count('a')).toBe(3);
    expect(twice.documents.size).toBe(2);
  });

  it('parks a stream at an event evolve throws on, keeps none of its changes and holds its later events', () => {
    const before = event('a');
    const poison = event('a', { poison: true });
    const result = fold([before, poison, event('b'), event('a')]);
    expect([result.count('a'), result.count('b'), result.count('all')]).toEqual([1, 1, 2]);
    const parked = result.parked.get('a');
    expect(parked).toMatchObject({
      stream: 'a',
      position: poison.position,
      eventId: poison.eventId,
      heldEvents: 1,
    });
    expect(parked?.error).toContain('cannot fold this');
  });

  it('applies a retried stream regardless of newer positions on shared documents, and unparks it', () => {
    const poison = event('a', { poison: true });
    const first = fold([poison, event('b')]);
    const parked = new Map([...first.parked].flatMap(([stream, p]) => (p ? [[stream, p] as const] : [])));
    const retried = fold([{ ...poison, data: {} }], copy(first), parked, 'a');
    expect(retried.parked.get('a')).toBeNull();
    expect([retried.count('a'), retried.count('all')]).toEqual([1, 2]);
    // The shared document keeps the newest position it reflects.
    expect(retried.positions.get(cacheKey('tallies', 'all'))).toBe(
      first.positions.get(cacheKey('tallies', 'all')),
    );
  });

  it('parks a stream whose documentIds names a collection the projection does not declare', () => {
    const stray: Projection = {
      ...(tally as Projection),
      documentIds: () => [{ collection: 'elsewhere', id: 'x' }],
    };
    const plan = planBatch(stray, [event('a')]);
    const result = foldBatch(stray, plan.events, new Map(), {
      parked: new Map(),
      now: 'now',
      ahead: new Set(),
      positions: new Map(),
    });
    expect(result.parked.get('a')?.error).toContain('undeclared collection "elsewhere"');
  });
});
