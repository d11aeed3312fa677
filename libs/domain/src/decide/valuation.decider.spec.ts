import { given } from '../../test/decider-specification';
import { cny, command, CUSTOMER_ID, onboarded, revalued } from '../../test/fixtures';
import { CurrencyMismatch, InvalidAmount, InvalidContributionCriteria, ValuationOutOfOrder } from '../errors';
import type { TierReassessed } from '../events';
import { money } from '../money';

const revalue = (yuan: number, asOf = '2026-04-01T00:00:00Z') =>
  command('RevalueAssets', { totalFinancialAssets: cny(yuan), asOf });

const systemReassessed = (fromTier: string, toTier: string, yuan: number, asOf: string) =>
  expect.objectContaining({
    type: 'TierReassessed',
    data: expect.objectContaining({
      reviewId: null,
      fromTier,
      toTier,
      computedTier: toTier,
      override: false,
      committee: [],
      decidedBy: 'system',
      effectiveAt: asOf,
      criteria: { scheme: 'retail', totalFinancialAssets: cny(yuan) },
      policyVersion: 'retail-tier/v1',
    }) as TierReassessed['data'],
  }) as TierReassessed;

describe('revaluing assets', () => {
  describe('when onboarded with no valuation yet', () => {
    it('records the total, the previous zero and the signed delta', () => {
      given([onboarded()])
        .when(revalue(80_000))
        .then([
          {
            type: 'AssetsRevalued',
            schemaVersion: 1,
            data: {
              customerId: CUSTOMER_ID,
              totalFinancialAssets: cny(80_000),
              previous: cny(0),
              delta: cny(80_000),
              largeMovement: null,
              asOf: '2026-04-01T00:00:00.000Z',
            },
          },
        ]);
    });

    it('records no large movement for the first valuation, however large', () => {
      const [event] = given([onboarded()]).when(revalue(3_000_000)).events();
      expect(event?.data).toMatchObject({ delta: cny(3_000_000), largeMovement: null });
    });

    it('moves a retail customer across a boundary, decided by system', () => {
      const events = given([onboarded()]).when(revalue(100_000)).events();
      expect(events).toEqual([
        expect.objectContaining({ type: 'AssetsRevalued' }),
        systemReassessed('MASS', 'WEALTH', 100_000, '2026-04-01T00:00:00.000Z'),
      ]);
    });

    it('never reassesses a corporate customer automatically', () => {
      const events = given([onboarded({ segment: 'corporate' })])
        .when(revalue(9_000_000))
        .events();
      expect(events.map((event) => event.type)).toEqual(['AssetsRevalued']);
    });

    it('refuses a valuation outside the reporting currency', () => {
      given([onboarded()])
        .when(command('RevalueAssets', { totalFinancialAssets: money(100, 'USD') }))
        .thenThrows(CurrencyMismatch);
    });

    it('refuses a negative total', () => {
      given([onboarded()]).when(revalue(-5)).thenThrows(InvalidAmount);
    });
  });

  describe('when valued as WEALTH', () => {
    const history = [onboarded(), revalued(300_000, 0), systemTierEvent()];

    it('records a large movement of at least 200,000 reaching 500,000, reported to the branch head', () => {
      const [event] = given(history).when(revalue(520_000)).events();
      expect(event?.data).toMatchObject({
        delta: cny(220_000),
        largeMovement: { escalateToBranchHead: true, policyVersion: 'large-movement/v2' },
      });
    });

    it('records no large movement for a customer below 500,000 (seed 001: the 50万+ bands)', () => {
      const [event] = given(history).when(revalue(100_000)).events();
      expect(event?.data).toMatchObject({ delta: cny(-200_000), largeMovement: null });
    });

    it('records nothing about the tier while the band stays the same', () => {
      const events = given(history).when(revalue(5_000_000)).events();
      expect(events.map((event) => event.type)).toEqual(['AssetsRevalued']);
    });

    it('downgrades when the assets fall below 100,000', () => {
      const events = given(history).when(revalue(99_999.99)).events();
      expect(events[1]).toEqual(systemReassessed('WEALTH', 'MASS', 99_999.99, '2026-04-01T00:00:00.000Z'));
    });

    it('refuses a valuation older than the last one', () => {
      given(history).when(revalue(1, '2026-02-01T00:00:00Z')).thenThrows(ValuationOutOfOrder);
    });
  });

  describe('when a committee set the tier above the computed band', () => {
    const history = [
      onboarded(),
      revalued(300_000, 0),
      { ...systemTierEvent(), data: { ...systemTierEvent().data, toTier: 'PRIVATE' as const } },
    ];

    it('keeps the override while the assets stay in their band', () => {
      const events = given(history).when(revalue(400_000)).events();
      expect(events.map((event) => event.type)).toEqual(['AssetsRevalued']);
    });
  });
});

describe('recording a contribution', () => {
  const record = command('RecordContribution', {
    year: 2025,
    contribution: cny(12_000_000),
    departmentsEngaged: 3,
    growthRate: 0.2,
    recordedAt: '2026-02-10T09:00:00Z',
  });

  describe('when onboarded', () => {
    it('records the year, the contribution and the criteria', () => {
      given([onboarded({ segment: 'corporate' })])
        .when(record)
        .then([
          {
            type: 'ContributionRecorded',
            schemaVersion: 1,
            data: {
              customerId: CUSTOMER_ID,
              year: 2025,
              contribution: cny(12_000_000),
              departmentsEngaged: 3,
              growthRate: 0.2,
              recordedAt: '2026-02-10T09:00:00.000Z',
            },
          },
        ]);
    });

    it.each([
      ['year', { year: 2025.5 }],
      ['departmentsEngaged', { departmentsEngaged: 0 }],
      ['growthRate', { growthRate: Number.NaN }],
      ['growthRate', { growthRate: -1.5 }],
    ])('refuses an invalid %s', (field, change) => {
      const error = given([onboarded()])
        .when({ ...record, ...change })
        .thenThrows(InvalidContributionCriteria);
      expect(error.details).toEqual({ field });
    });

    it('refuses a negative contribution', () => {
      given([onboarded()])
        .when({ ...record, contribution: cny(-1) })
        .thenThrows(InvalidAmount);
    });
  });
});

function systemTierEvent(): TierReassessed {
  return {
    type: 'TierReassessed',
    schemaVersion: 1,
    data: {
      customerId: CUSTOMER_ID,
      reviewId: null,
      scheme: 'retail',
      fromTier: 'MASS',
      toTier: 'WEALTH',
      computedTier: 'WEALTH',
      override: false,
      overrideReason: null,
      reason: 'crossed',
      criteria: { scheme: 'retail', totalFinancialAssets: cny(300_000) },
      committee: [],
      requestedBy: null,
      decidedBy: 'system',
      effectiveAt: '2026-03-01T00:00:00.000Z',
      policyVersion: 'retail-tier/v1',
    },
  };
}

describe('JSON stability', () => {
  it('records −0 as 0, which is what the store reads back', () => {
    const [event] = given([onboarded()])
      .when(
        command('RecordContribution', {
          year: 2025,
          contribution: money(-0),
          departmentsEngaged: 1,
          growthRate: -0,
        }),
      )
      .events();
    expect(Object.is((event?.data as { growthRate: number }).growthRate, 0)).toBe(true);
    expect(
      Object.is((event?.data as { contribution: { amountMinor: number } }).contribution.amountMinor, 0),
    ).toBe(true);
  });
});
