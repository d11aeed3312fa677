import { PassThrough } from 'node:stream';
import { duration, etaMs, progressLine, progressReporter } from './progress';

const figures = { name: 'customer-360', done: 120_000, total: 1_083_424, unit: 'events', elapsedMs: 15_000 };

describe('progress', () => {
  it('reads done / total, percent, rate and the time left at that rate', () => {
    expect(progressLine(figures)).toBe(
      'customer-360: 120,000 / 1,083,424 events (11%), 8,000 events/s, ETA 2m 00s',
    );
    expect(etaMs(figures)).toBeCloseTo(120_428, 0);
  });

  it('says no ETA before anything is done, and no total where none is known', () => {
    expect(progressLine({ ...figures, done: 0, elapsedMs: 0 })).toBe(
      'customer-360: 0 / 1,083,424 events (0%), 0 events/s',
    );
    expect(progressLine({ ...figures, total: null })).toBe('customer-360: 120,000 events, 8,000 events/s');
  });

  it('writes durations as a person reads them', () => {
    expect([duration(9_400), duration(61_000), duration(3_725_000)]).toEqual(['9s', '1m 01s', '1h 02m']);
  });

  it('off a terminal, prints a line per piece at most every interval, and the final figures at the end', () => {
    const out = new PassThrough();
    const written: string[] = [];
    out.on('data', (chunk: Buffer) => written.push(...chunk.toString().split('\n').filter(Boolean)));
    const progress = progressReporter(out as unknown as NodeJS.WriteStream, { intervalMs: 1000, tty: false });
    for (const elapsedMs of [0, 400, 900, 1000, 1500])
      progress.update({ ...figures, done: elapsedMs * 10, elapsedMs });
    progress.stop();
    expect(written).toEqual([
      'customer-360: 0 / 1,083,424 events (0%), 0 events/s',
      expect.stringMatching(/^customer-360: 10,000 \//),
      expect.stringMatching(/^customer-360: 15,000 \//),
    ]);
  });
});
