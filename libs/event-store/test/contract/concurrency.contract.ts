import { WrongExpectedRevision, type EventStore, type StreamState } from '../../src';
import { anEvent, freshStream, type ContractContext } from './fixtures';

/** Reads the stream's last revision and appends on it, again after each conflict, until it wins once. */
async function raceUntilWon(
  store: EventStore,
  stream: string,
  racer: number,
): Promise<WrongExpectedRevision[]> {
  const lost: WrongExpectedRevision[] = [];
  for (;;) {
    const [last] = await store.readStream(stream, { direction: 'backwards', maxCount: 1 });
    const streamState: StreamState = last ? last.revision : 'no_stream';
    try {
      await store.append(stream, [anEvent('RaceWon', { racer })], { streamState });
      return lost;
    } catch (error) {
      if (!(error instanceof WrongExpectedRevision)) throw error;
      lost.push(error);
    }
  }
}

export function describeConcurrency({ store, options }: ContractContext): void {
  describe('concurrent appenders on one stream', () => {
    it(`${options.racers} racers: each revision is won exactly once, with no gaps, and losers are told why`, async () => {
      const stream = freshStream('race');
      const racers = Array.from({ length: options.racers }, (_, racer) => racer);
      const losses = (await Promise.all(racers.map((racer) => raceUntilWon(store(), stream, racer)))).flat();

      const stored = await store().readStream(stream);
      expect(stored.map((event) => event.revision)).toEqual(racers.map(BigInt));
      expect(stored.map((event) => event.data['racer']).sort((a, b) => Number(a) - Number(b))).toEqual(
        racers,
      );
      expect(losses.length).toBeGreaterThan(0);
      for (const loss of losses) {
        expect(loss.stream).toBe(stream);
        expect(loss.actual).not.toBe('no_stream');
        expect(loss.actual).not.toBe(loss.expected);
      }
      expect((await store().verifyStream(stream)).valid).toBe(true);
    });
  });
}
