import { events, freshStream, type ContractContext } from './fixtures';

export function describeVerification({ store }: ContractContext): void {
  describe('verifyStream', () => {
    it('a stream written through the port verifies, and each event links to the one before', async () => {
      const stream = freshStream('chained');
      await store().append(stream, events(3), { streamState: 'no_stream' });
      await store().append(stream, events(2), { streamState: 2n });
      const stored = await store().readStream(stream);

      const verification = await store().verifyStream(stream);
      expect(verification).toEqual({ valid: true, events: 5, headHash: stored[4]?.metadata.hash });
      stored.forEach((event, index) => {
        expect(event.metadata.prevHash).toBe(index === 0 ? '' : stored[index - 1]?.metadata.hash);
      });
    });

    it('an unknown stream verifies as empty', async () => {
      expect(await store().verifyStream(freshStream())).toEqual({ valid: true, events: 0, headHash: '' });
    });
  });
}
