import { comparePositions } from '../../src';
import { currentEnd, events, freshStream, freshType, readAllOf, type ContractContext } from './fixtures';

export function describeReads({ store }: ContractContext): void {
  describe('readStream', () => {
    it('reads forwards and backwards, from a revision (inclusive), up to a count', async () => {
      const stream = freshStream();
      await store().append(stream, events(5), { streamState: 'no_stream' });
      const revisions = async (options: Parameters<ReturnType<typeof store>['readStream']>[1]) =>
        (await store().readStream(stream, options)).map((event) => Number(event.revision));

      expect(await revisions({})).toEqual([0, 1, 2, 3, 4]);
      expect(await revisions({ fromRevision: 2n, maxCount: 2 })).toEqual([2, 3]);
      expect(await revisions({ direction: 'backwards' })).toEqual([4, 3, 2, 1, 0]);
      expect(await revisions({ direction: 'backwards', fromRevision: 3n, maxCount: 2 })).toEqual([3, 2]);
      expect(await revisions({ fromRevision: 9n })).toEqual([]);
    });

    it('an unknown stream reads as empty', async () => {
      expect(await store().readStream(freshStream())).toEqual([]);
    });
  });

  describe('readAll', () => {
    it('returns events across streams in commit order, with increasing positions', async () => {
      const prefix = `${freshStream('order')}-`;
      const from = await currentEnd(store());
      const appended: string[] = [];
      const lastPositions: string[] = [];
      for (const name of ['a', 'b', 'a', 'c', 'b']) {
        const batch = events(2);
        const result = await store().append(`${prefix}${name}`, batch, { streamState: 'any' });
        appended.push(...batch.map((event) => event.eventId));
        lastPositions.push(result.position);
      }
      const read = await readAllOf(store().readAll({ from, filter: { streamPrefixes: [prefix] } }));
      expect(read.map((event) => event.eventId)).toEqual(appended);
      expect(read.filter((_, index) => index % 2 === 1).map((event) => event.position)).toEqual(
        lastPositions,
      );
      for (let index = 1; index < read.length; index += 1) {
        expect(comparePositions(read[index - 1]!.position, read[index]!.position)).toBeLessThan(0);
      }
    });

    it('starts after the given position and stops at maxCount', async () => {
      const prefix = `${freshStream('page')}-`;
      const from = await currentEnd(store());
      await store().append(`${prefix}1`, events(6), { streamState: 'no_stream' });
      const all = await readAllOf(store().readAll({ from, filter: { streamPrefixes: [prefix] } }));
      const later = await readAllOf(
        store().readAll({ from: all[1]!.position, maxCount: 3, filter: { streamPrefixes: [prefix] } }),
      );
      expect(later.map((event) => event.revision)).toEqual([2n, 3n, 4n]);
    });

    it('filters by stream prefix and by event type', async () => {
      const prefix = freshStream('filter');
      const [kept, dropped] = [freshType('Kept'), freshType('Dropped')];
      const from = await currentEnd(store());
      await store().append(`${prefix}-x-1`, [...events(1, kept), ...events(1, dropped)], {
        streamState: 'any',
      });
      await store().append(`${prefix}-y-1`, [...events(1, kept), ...events(1, dropped)], {
        streamState: 'any',
      });

      const byPrefix = await readAllOf(
        store().readAll({ from, filter: { streamPrefixes: [`${prefix}-x-`] } }),
      );
      expect(byPrefix.map((event) => event.stream)).toEqual([`${prefix}-x-1`, `${prefix}-x-1`]);
      const byType = await readAllOf(store().readAll({ from, filter: { eventTypes: [kept] } }));
      expect(byType.map((event) => [event.stream, event.type])).toEqual([
        [`${prefix}-x-1`, kept],
        [`${prefix}-y-1`, kept],
      ]);
    });
  });
}
