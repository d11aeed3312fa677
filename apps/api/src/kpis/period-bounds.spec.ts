import { periodBound } from './period-bounds';

describe('periodBound', () => {
  it.each([
    ['2026-Q4', 'first', '2026-10-01'],
    ['2026-Q4', 'last', '2026-12-31'],
    ['2026-Q1', 'last', '2026-03-31'],
    ['2024-02', 'last', '2024-02-29'],
    ['2026-02', 'last', '2026-02-28'],
    ['2026-11', 'first', '2026-11-01'],
    ['2026-11-24', 'last', '2026-11-24'],
  ] as const)('%s → %s day %s', (label, edge, day) => {
    expect(periodBound(label, edge)).toBe(day);
  });
});
