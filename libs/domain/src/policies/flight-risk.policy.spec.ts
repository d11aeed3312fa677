import { revalued, subscribed } from '../../test/fixtures';
import { complaintOpened, given, matured, moved } from '../../test/flag-fixtures';
import type { CustomerEvent } from '../events';
import type { Customer } from '../state/customer-state';
import { DEFAULT_POLICIES } from './domain-policies';
import { flagWindows, flagsAt } from './mining-flags';

const rulesAt = (customer: Customer, now: string) =>
  flagWindows(customer, DEFAULT_POLICIES)
    .filter((window) => window.flag === 'flight-risk')
    .filter((window) => window.from <= now && now < window.until)
    .map((window) => window.rule);
const flightRisk = (customer: Customer, now: string) =>
  flagsAt(customer, now, DEFAULT_POLICIES).find((judgment) => judgment.flag === 'flight-risk');

const holding = (holdingId: string): CustomerEvent =>
  subscribed({ holdingId, openedAt: '2026-02-01T09:00:00.000Z' });
const DROPPED_AT = '2026-04-01T00:00:00.000Z';

describe('flight-risk (seed 002 逃跑客户)', () => {
  it('assets down 30% of what was held: flagged for 90 days; 29.99% is not', () => {
    const down = given(
      revalued(1_000_000, 0, '2026-02-02T00:00:00.000Z'),
      moved(700_000, 1_000_000, DROPPED_AT),
    );
    expect(flightRisk(down, DROPPED_AT)).toEqual({
      flag: 'flight-risk',
      since: DROPPED_AT,
      rule: 'flight-risk/v1/assets-drop',
      inputs: { dropMinor: 300_000_00, assetsBeforeMinor: 1_000_000_00, droppedAt: DROPPED_AT },
    });
    expect(rulesAt(down, '2026-06-29T23:59:59.999Z')).toEqual(['flight-risk/v1/assets-drop']);
    expect(rulesAt(down, '2026-06-30T00:00:00.000Z')).toEqual([]);
    const less = given(
      revalued(1_000_000, 0, '2026-02-02T00:00:00.000Z'),
      moved(700_000.01, 1_000_000, DROPPED_AT),
    );
    expect(rulesAt(less, DROPPED_AT)).toEqual([]);
  });

  it('a maturity paid out (not rolled over) is flagged for 90 days', () => {
    const paidOut = given(holding('h-1'), matured('h-1', '2026-05-01T00:00:00.000Z'));
    expect(rulesAt(paidOut, '2026-07-29T23:59:59.999Z')).toEqual(['flight-risk/v1/proceeds-left']);
    expect(rulesAt(paidOut, '2026-07-30T00:00:00.000Z')).toEqual([]);
    expect(rulesAt(paidOut, '2026-04-30T23:59:59.999Z')).toEqual([]);
    const rolled = given(holding('h-1'), matured('h-1', '2026-05-01T00:00:00.000Z', 'h-2'));
    expect(rulesAt(rolled, '2026-05-02T00:00:00.000Z')).toEqual([]);
  });

  it('two products closed (paid out) within 90 days; 90 days apart is not within; rollovers close nothing', () => {
    const closedRule = (customer: Customer, now: string) =>
      rulesAt(customer, now).filter((rule) => rule === 'flight-risk/v1/products-closed');
    const twoClose = given(
      holding('h-1'),
      holding('h-2'),
      matured('h-1', '2026-05-01T00:00:00.000Z'),
      matured('h-2', '2026-07-29T23:59:59.999Z'),
    );
    expect(closedRule(twoClose, '2026-07-29T23:59:59.999Z')).toEqual(['flight-risk/v1/products-closed']);
    expect(closedRule(twoClose, '2026-07-29T23:59:59.998Z')).toEqual([]);
    expect(flightRisk(twoClose, '2026-07-29T23:59:59.999Z')?.inputs).toMatchObject({ holdingId: 'h-1' });
    const farApart = given(
      holding('h-1'),
      holding('h-2'),
      matured('h-1', '2026-05-01T00:00:00.000Z'),
      matured('h-2', '2026-07-30T00:00:00.000Z'),
    );
    expect(closedRule(farApart, '2026-07-30T00:00:00.000Z')).toEqual([]);
    const rolled = given(
      holding('h-1'),
      holding('h-2'),
      matured('h-1', '2026-05-01T00:00:00.000Z', 'h-1-next'),
      matured('h-2', '2026-05-02T00:00:00.000Z', 'h-2-next'),
    );
    expect(rulesAt(rolled, '2026-05-02T00:00:00.000Z')).toEqual([]);
  });

  it('a complaint past its 24-hour resolution SLA, not on it; an inquiry never', () => {
    const complaint = given(complaintOpened('2026-05-01T09:00:00.000Z'));
    expect(rulesAt(complaint, '2026-05-02T09:00:00.000Z')).toEqual([]);
    expect(flightRisk(complaint, '2026-05-02T09:00:00.001Z')).toMatchObject({
      rule: 'flight-risk/v1/complaint-past-sla',
      since: '2026-05-02T09:00:00.001Z',
    });
    const inquiry = given(complaintOpened('2026-05-01T09:00:00.000Z', 'inquiry'));
    expect(rulesAt(inquiry, '2026-06-01T00:00:00.000Z')).toEqual([]);
  });

  it('of several rules holding, the oldest names the flag', () => {
    const both = given(
      complaintOpened('2026-03-01T09:00:00.000Z'),
      revalued(1_000_000, 0, '2026-02-02T00:00:00.000Z'),
      moved(500_000, 1_000_000, DROPPED_AT),
    );
    expect(flightRisk(both, '2026-04-02T00:00:00.000Z')?.rule).toBe('flight-risk/v1/complaint-past-sla');
  });
});
