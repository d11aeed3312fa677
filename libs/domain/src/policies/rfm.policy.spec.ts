import { cny, onboarded, subscribed } from '../../test/fixtures';
import type { CustomerEvent } from '../events';
import type { Customer } from '../state/customer-state';
import { evolveAll } from '../state/evolve';
import { rfmScores } from './rfm.policy';

const NOW = '2026-11-24T10:00:00.000Z';

function withSubscriptions(...subscriptions: [openedAt: string, yuan: number][]): Customer {
  const events: CustomerEvent[] = subscriptions.map(([openedAt, yuan], i) =>
    subscribed({ holdingId: `h-${i}`, openedAt, principal: cny(yuan) }),
  );
  return evolveAll([onboarded(), ...events]) as Customer;
}

describe('RFM policy', () => {
  it('scores a customer without subscriptions 1/1/1', () => {
    expect(rfmScores(withSubscriptions(), NOW)).toMatchObject({
      recency: 1,
      frequency: 1,
      monetary: 1,
      daysSinceLastSubscription: null,
      subscriptions: 0,
    });
  });

  it.each([
    ['2026-10-25T10:00:00.000Z', 30, 5],
    ['2026-10-24T10:00:00.000Z', 31, 4],
    ['2026-08-26T10:00:00.000Z', 90, 4],
    ['2026-05-28T10:00:00.000Z', 180, 3],
    ['2025-11-24T10:00:00.000Z', 365, 2],
    ['2025-11-23T10:00:00.000Z', 366, 1],
  ])('a last subscription on %s (%s days ago) scores recency %s', (openedAt, days, score) => {
    expect(rfmScores(withSubscriptions([openedAt, 1]), NOW)).toMatchObject({
      recency: score,
      daysSinceLastSubscription: days,
    });
  });

  it('counts frequency and amount over the last 12 months only', () => {
    const customer = withSubscriptions(
      ['2025-11-24T10:00:00.000Z', 9_000_000],
      ['2026-01-10T10:00:00.000Z', 150_000],
      ['2026-05-10T10:00:00.000Z', 50_000],
      ['2026-09-10T10:00:00.000Z', 10_000],
    );
    expect(rfmScores(customer, NOW)).toMatchObject({
      frequency: 3,
      monetary: 3,
      subscriptions: 3,
      amountMinor: cny(210_000).amountMinor,
    });
  });

  it('gives the top scores from 10 subscriptions and 5,000,000', () => {
    const many = Array.from({ length: 10 }, (_, i): [string, number] => [
      `2026-11-0${(i % 9) + 1}T10:00:00.000Z`,
      500_000,
    ]);
    expect(rfmScores(withSubscriptions(...many), NOW)).toMatchObject({
      recency: 5,
      frequency: 5,
      monetary: 5,
    });
  });

  it('ignores subscriptions after now (replays as of a past time)', () => {
    expect(rfmScores(withSubscriptions(['2026-12-01T00:00:00.000Z', 1_000_000]), NOW).subscriptions).toBe(0);
  });
});
