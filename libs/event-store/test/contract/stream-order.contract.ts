import type { RecordedEvent, StreamChunk } from '../../src';
import { events, freshStream, type ContractContext } from './fixtures';

async function chunksOf(read: AsyncIterable<StreamChunk>): Promise<StreamChunk[]> {
  const chunks: StreamChunk[] = [];
  for await (const chunk of read) chunks.push(chunk);
  return chunks;
}

const ids = (recorded: readonly RecordedEvent[]) => recorded.map((event) => event.eventId);

export function describeStreamOrderReads({ store }: ContractContext): void {
  describe('readByStream', () => {
    /** Streams a, b, c created in that order with interleaved appends; then more after `upTo`. */
    async function interleaved() {
      const prefix = `${freshStream('by-stream')}-`;
      const written = new Map<string, string[]>();
      let upTo = '';
      for (const name of ['a', 'b', 'a', 'c', 'b', 'a']) {
        const batch = events(2);
        const result = await store().append(`${prefix}${name}`, batch, { streamState: 'any' });
        written.set(name, [...(written.get(name) ?? []), ...ids(batch as RecordedEvent[])]);
        upTo = result.position;
      }
      // After the snapshot: a later event of an old stream, and a new stream.
      await store().append(`${prefix}b`, events(1), { streamState: 'any' });
      await store().append(`${prefix}d`, events(1), { streamState: 'no_stream' });
      return { prefix, written, upTo };
    }

    it('gives each stream whole, in the order streams were created, up to the position', async () => {
      const { prefix, written, upTo } = await interleaved();
      const chunks = await chunksOf(store().readByStream({ upTo, streamPrefixes: [prefix] }));
      const byStream = new Map<string, RecordedEvent[]>();
      for (const chunk of chunks) {
        for (const event of chunk.events) expect(event.stream).toBe(chunk.stream);
        byStream.set(chunk.stream, [...(byStream.get(chunk.stream) ?? []), ...chunk.events]);
      }
      expect([...byStream.keys()]).toEqual(['a', 'b', 'c'].map((name) => `${prefix}${name}`));
      for (const name of ['a', 'b', 'c']) {
        const read = byStream.get(`${prefix}${name}`) ?? [];
        expect(ids(read)).toEqual(written.get(name));
        expect(read.map((event) => event.revision)).toEqual(read.map((_, index) => BigInt(index)));
        // A stream's start is its first event's position.
        for (const chunk of chunks.filter((candidate) => candidate.stream === `${prefix}${name}`))
          expect(chunk.start).toBe(read[0]?.position);
      }
    });

    it('continues after a cursor: the rest of its stream, then the later streams', async () => {
      const { prefix, written, upTo } = await interleaved();
      const [first] = await chunksOf(store().readByStream({ upTo, streamPrefixes: [prefix] }));
      const stopped = first?.events[2];
      if (!first || !stopped) throw new Error('stream a has six events');
      const after = { stream: first.stream, start: first.start, revision: stopped.revision };
      const rest = await chunksOf(store().readByStream({ upTo, after, streamPrefixes: [prefix] }));
      expect(ids(rest.flatMap((chunk) => chunk.events))).toEqual([
        ...(written.get('a') ?? []).slice(3),
        ...(written.get('b') ?? []),
        ...(written.get('c') ?? []),
      ]);
    });

    it('brings a stream longer than a chunk in several chunks, in revision order', async () => {
      const stream = `${freshStream('long')}-x`;
      let upTo = '';
      for (let batch = 0; batch < 11; batch += 1)
        upTo = (await store().append(stream, events(100), { streamState: 'any' })).position;
      const chunks = await chunksOf(store().readByStream({ upTo, streamPrefixes: [stream] }));
      expect(chunks.length).toBeGreaterThan(1);
      const read = chunks.flatMap((chunk) => chunk.events);
      expect(read.map((event) => event.revision)).toEqual(read.map((_, index) => BigInt(index)));
      expect(read).toHaveLength(1100);
    });
  });
}
