import { chainHashV2 } from '../../src/hash-v2';
import { anEvent, events, freshStream, type ContractContext } from './fixtures';

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

    it('every adapter writes hash v2, the same hash chainHashV2 computes from what it reads back', async () => {
      const stream = freshStream('hashed');
      const metadata = { actor: { id: 'rm-1', role: 'relationship-manager' }, $correlationId: 'c-9' };
      await store().append(stream, [anEvent('ContractChecked', {}, metadata)], { streamState: 'no_stream' });
      const [stored] = await store().readStream(stream);
      if (stored === undefined) throw new Error('the appended event did not read back');
      expect(stored.metadata.hashVersion).toBe(2);
      expect(stored.metadata.hash).toBe(chainHashV2('', stored));
    });

    it('an unknown stream verifies as empty', async () => {
      expect(await store().verifyStream(freshStream())).toEqual({ valid: true, events: 0, headHash: '' });
    });
  });
}
