import { parseSeedOptions } from './seed-options';

describe('ledger seed options', () => {
  it('reads --customers, and defaults the seed, the data directory and the period', () => {
    expect(parseSeedOptions(['--customers', '50'], {})).toEqual({
      customers: 50,
      seed: 1,
      dataDir: './data',
      from: '2022-01-01T00:00:00.000Z',
      until: '2026-11-20T00:00:00.000Z',
    });
    expect(parseSeedOptions(['--customers', '5', '--seed', '9', '--data-dir', '/tmp/x'], {})).toMatchObject({
      seed: 9,
      dataDir: '/tmp/x',
    });
    expect(parseSeedOptions(['--customers', '5'], { DATA_DIR: '/srv/data' }).dataDir).toBe('/srv/data');
  });

  it('refuses what it does not understand, naming it', () => {
    expect(() => parseSeedOptions([], {})).toThrow('--customers must be a whole number');
    expect(() => parseSeedOptions(['--customers', '-1'], {})).toThrow('--customers must be a whole number');
    expect(() => parseSeedOptions(['--customers', '5', '--colour', 'red'], {})).toThrow(
      'unknown option --colour',
    );
    expect(() => parseSeedOptions(['--customers'], {})).toThrow('usage');
  });
});
