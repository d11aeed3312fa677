import { DEFAULT_POLICIES } from '@ledger/domain';
import type { KpiBook } from './book.documents';
import { walkBooks } from './book-walk';
import { periodsBetween } from './kpi-periods';

const walk = (book: KpiBook, today = '2026-12-31') =>
  walkBooks([book], {
    groupBy: 'relationshipManager',
    periods: periodsBetween('2026-01-01', '2026-03-31', 'month'),
    today,
    cadence: DEFAULT_POLICIES.contactCadence,
    currency: 'CNY',
  });

describe('walkBooks', () => {
  it('ends 理财 penetration when the last wealth or fund holding matures', () => {
    const figures = walk({
      _id: 'A',
      branchId: 'b1',
      relationshipManagers: ['rm-li'],
      facts: [
        ['2026-01-05', 'm', 'rm-li'],
        ['2026-01-10', 's', 'fund', 'F-1', 50_000_00, 'CNY'],
        ['2026-01-12', 's', 'wealth', 'W-1', 50_000_00, 'CNY'],
        ['2026-02-01', 'x', 'F-1'],
        ['2026-03-01', 'x', 'W-1'],
      ],
    }).get('rm-li')!;
    expect(figures.stocks.map((stock) => stock.wealthHolders)).toEqual([0, 1, 1, 0]);
  });

  it('moves a due day with a valuation, never before the valuation’s own day', () => {
    // Onboarded 01-05 with nothing: no cadence. Valued 03-01 at 2,500,000 (7 days): due from 03-01
    // at the earliest, not 01-12; so 03-01 is the due day and the customer is overdue at 03-31.
    const figures = walk({
      _id: 'A',
      branchId: 'b1',
      relationshipManagers: ['rm-li'],
      facts: [
        ['2026-01-05', 'm', 'rm-li'],
        ['2026-03-01', 'v', 2_500_000_00],
      ],
    }).get('rm-li')!;
    expect(figures.flows.map((flows) => flows.contactsDue)).toEqual([0, 0, 1]);
    expect(figures.stocks.map((stock) => stock.overdue)).toEqual([0, 0, 0, 1]);
  });

  it('leaves sales in another currency out', () => {
    const figures = walk({
      _id: 'A',
      branchId: 'b1',
      relationshipManagers: ['rm-li'],
      facts: [
        ['2026-01-05', 'm', 'rm-li'],
        ['2026-01-06', 's', 'time-deposit', 'TD-1', 100_00, 'USD'],
        ['2026-01-07', 's', 'deposit', 'D-1', 300_00, 'CNY'],
      ],
    }).get('rm-li')!;
    expect(figures.flows[0]?.depositsMinor).toBe(300_00);
  });
});
