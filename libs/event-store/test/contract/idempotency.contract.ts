import { DuplicateEventId } from '../../src';
import { anEvent, events, freshStream, type ContractContext } from './fixtures';

export function describeIdempotentRetries({ store, options }: ContractContext): void {
  describe('idempotent retries', () => {
    it('re-appending the same events returns the original result and appends nothing, whatever the state', async () => {
      const stream = freshStream();
      const batch = events(2);
      const original = await store().append(stream, batch, { streamState: 'no_stream' });
      await store().append(stream, [anEvent()], { streamState: 1n });

      for (const streamState of ['no_stream', 'any', 'stream_exists', 1n, 9n] as const) {
        await expect(store().append(stream, batch, { streamState })).resolves.toEqual(original);
      }
      expect(await store().readStream(stream)).toHaveLength(3);
    });

    it('a retry of a later append returns that append’s own result', async () => {
      const stream = freshStream();
      await store().append(stream, events(2), { streamState: 'no_stream' });
      const second = events(2);
      const original = await store().append(stream, second, { streamState: 1n });
      await expect(store().append(stream, second, { streamState: 1n })).resolves.toEqual(original);
      expect(await store().readStream(stream)).toHaveLength(4);
    });

    it('events that only partly overlap an earlier append are a DuplicateEventId and append nothing', async () => {
      const stream = freshStream();
      const [first, second] = events(2) as [ReturnType<typeof anEvent>, ReturnType<typeof anEvent>];
      await store().append(stream, [first, second], { streamState: 'no_stream' });
      await expect(
        store().append(stream, [second, anEvent()], { streamState: 'any' }),
      ).rejects.toBeInstanceOf(DuplicateEventId);
      await expect(store().append(stream, [second, first], { streamState: 'any' })).rejects.toBeInstanceOf(
        DuplicateEventId,
      );
      expect(await store().readStream(stream)).toHaveLength(2);
    });

    if (options.uniqueEventIdsAcrossStreams) {
      it('an event id already used by another stream is a DuplicateEventId', async () => {
        const event = anEvent();
        await store().append(freshStream(), [event], { streamState: 'no_stream' });
        const other = freshStream();
        await expect(store().append(other, [event], { streamState: 'no_stream' })).rejects.toMatchObject({
          code: 'DUPLICATE_EVENT_ID',
          eventId: event.eventId,
        });
        expect(await store().readStream(other)).toEqual([]);
      });
    }
  });
}
