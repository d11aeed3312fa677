import { WrongExpectedRevision, type StreamState } from '../../src';
import { anEvent, events, freshStream, type ContractContext } from './fixtures';

export function describeAppends({ store }: ContractContext): void {
  describe('append with a stream state', () => {
    async function existingStream(count = 1): Promise<string> {
      const stream = freshStream();
      await store().append(stream, events(count), { streamState: 'no_stream' });
      return stream;
    }

    async function expectConflict(stream: string, streamState: StreamState, actual: bigint | 'no_stream') {
      const appending = store().append(stream, [anEvent()], { streamState });
      await expect(appending).rejects.toBeInstanceOf(WrongExpectedRevision);
      await expect(appending).rejects.toMatchObject({ stream, expected: streamState, actual });
    }

    it("'no_stream' creates a stream at revision 0 and positions the event", async () => {
      const stream = freshStream();
      const result = await store().append(stream, [anEvent()], { streamState: 'no_stream' });
      expect(result.nextRevision).toBe(0n);
      const [stored] = await store().readStream(stream);
      expect(stored?.position).toBe(result.position);
    });

    it("'no_stream' conflicts with an existing stream", async () => {
      await expectConflict(await existingStream(), 'no_stream', 0n);
    });

    it("'stream_exists' appends to an existing stream and conflicts with a missing one", async () => {
      const stream = await existingStream(2);
      await expect(
        store().append(stream, [anEvent()], { streamState: 'stream_exists' }),
      ).resolves.toMatchObject({
        nextRevision: 2n,
      });
      await expectConflict(freshStream(), 'stream_exists', 'no_stream');
    });

    it("'any' appends whether or not the stream exists", async () => {
      const stream = freshStream();
      await expect(store().append(stream, [anEvent()], { streamState: 'any' })).resolves.toMatchObject({
        nextRevision: 0n,
      });
      await expect(store().append(stream, events(2), { streamState: 'any' })).resolves.toMatchObject({
        nextRevision: 2n,
      });
    });

    it('an exact revision appends only when it is the last revision', async () => {
      const stream = await existingStream(2);
      await expect(store().append(stream, [anEvent()], { streamState: 1n })).resolves.toMatchObject({
        nextRevision: 2n,
      });
      await expectConflict(stream, 1n, 2n);
      await expectConflict(stream, 7n, 2n);
      await expectConflict(freshStream(), 0n, 'no_stream');
    });

    it('a conflicting append appends nothing', async () => {
      const stream = await existingStream(1);
      await expect(store().append(stream, events(3), { streamState: 5n })).rejects.toBeInstanceOf(
        WrongExpectedRevision,
      );
      expect(await store().readStream(stream)).toHaveLength(1);
    });

    it('several events get consecutive revisions and increasing positions', async () => {
      const stream = freshStream();
      const result = await store().append(stream, events(3), { streamState: 'no_stream' });
      const stored = await store().readStream(stream);
      expect(stored.map((event) => event.revision)).toEqual([0n, 1n, 2n]);
      expect(result).toEqual({ nextRevision: 2n, position: stored[2]?.position });
      expect(await store().headPosition()).not.toBeNull();
    });

    it('stores data and the caller’s metadata as given, plus recordedAt and the chain links', async () => {
      const stream = freshStream();
      const event = anEvent(
        'ContactLogged',
        { nested: { list: [1, 'two', null, true] } },
        { $correlationId: 'c-1' },
      );
      await store().append(stream, [event], { streamState: 'no_stream' });
      const [stored] = await store().readStream(stream);
      expect(stored).toMatchObject({
        eventId: event.eventId,
        stream,
        type: 'ContactLogged',
        data: event.data,
      });
      expect(stored?.metadata).toMatchObject({
        occurredAt: event.metadata?.occurredAt,
        $correlationId: 'c-1',
      });
      expect(Number.isNaN(Date.parse(stored?.metadata.recordedAt ?? ''))).toBe(false);
      expect(stored?.metadata.prevHash).toBe('');
      expect(stored?.metadata.hash).toMatch(/^[0-9a-f]{64}$/);
    });
  });
}
