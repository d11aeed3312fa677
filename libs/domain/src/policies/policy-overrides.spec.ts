import { DEFAULT_POLICIES } from './domain-policies';
import { canonicalPolicyJson, PolicyValueError, withPolicyOverrides } from './policy-overrides';

function refusal(overrides: unknown): string {
  try {
    withPolicyOverrides(DEFAULT_POLICIES, overrides);
  } catch (error) {
    expect(error).toBeInstanceOf(PolicyValueError);
    return (error as Error).message;
  }
  throw new Error('accepted');
}

describe('withPolicyOverrides', () => {
  it('deep-merges a partial set onto the seed, leaving the rest as it was', () => {
    const merged = withPolicyOverrides(DEFAULT_POLICIES, {
      dormant: { inactiveDays: 90 },
      fourEyes: { minimumCommitteeMembers: 3 },
    });
    expect(merged.dormant).toEqual({ policyVersion: 'dormant/v2', inactiveDays: 90 });
    expect(merged.fourEyes.minimumCommitteeMembers).toBe(3);
    expect(merged.contactCadence).toBe(DEFAULT_POLICIES.contactCadence);
    expect(DEFAULT_POLICIES.dormant.inactiveDays).toBe(180);
  });

  it('replaces a list whole: the cadence bands are the file’s', () => {
    const bands = [{ fromMinor: 1_000_00, everyDays: 10 }];
    expect(withPolicyOverrides(DEFAULT_POLICIES, { contactCadence: { bands } }).contactCadence.bands).toEqual(
      bands,
    );
  });

  it.each([
    [
      { contactCadence: { bands: [{ fromMinor: 100, everyDays: 0 }] } },
      'contactCadence.bands[0].everyDays: must be a positive integer',
    ],
    [{ contactCadence: { bands: [{ fromMinor: 100 }] } }, 'contactCadence.bands[0].everyDays: is required'],
    [
      {
        contactCadence: {
          bands: [
            { fromMinor: 1, everyDays: 7 },
            { fromMinor: 2, everyDays: 7 },
          ],
        },
      },
      'contactCadence.bands[1].fromMinor: must be below the band before it',
    ],
    [
      {
        currencyRates: {
          rates: [
            { currency: 'CNY', toCny: 1 },
            { currency: 'USD', toCny: 0 },
          ],
        },
      },
      'currencyRates.rates[1].toCny: must be a positive number',
    ],
    [
      {
        currencyRates: {
          rates: [
            { currency: 'CNY', toCny: 1 },
            { currency: 'usd', toCny: 7 },
          ],
        },
      },
      'currencyRates.rates[1].currency: must be a distinct ISO 4217 code',
    ],
    [
      { currencyRates: { rates: [{ currency: 'USD', toCny: 7 }] } },
      'currencyRates.rates: must rate CNY at 1',
    ],
    [{ dormant: { inactiveDays: '180' } }, 'dormant.inactiveDays: must be a number'],
    [{ dormant: { inactiveDays: 1.5 } }, 'dormant.inactiveDays: must be a positive integer'],
    [
      { largeMovement: { thresholdMinor: -1 } },
      'largeMovement.thresholdMinor: must be a non-negative integer',
    ],
    [
      { largeMovement: { appliesFromAssetsMinor: 0.5 } },
      'largeMovement.appliesFromAssetsMinor: must be a non-negative integer',
    ],
    [
      { fourEyes: { minimumCommitteeMembers: 1 } },
      'fourEyes.minimumCommitteeMembers: must be an integer of at least 2',
    ],
    [{ fourEyes: { rejectionsToClose: 0 } }, 'fourEyes.rejectionsToClose: must be a positive integer'],
    [
      { fourEyes: { reviewExpiresAfterDays: 1.5 } },
      'fourEyes.reviewExpiresAfterDays: must be a positive integer',
    ],
    [{ rfm: { frequencyMin: [3, 2, 1] } }, 'rfm.frequencyMin: must have 4 entries'],
    [{ chainAnchors: { everySeconds: 0 } }, 'chainAnchors.everySeconds: must be a positive integer'],
    [{ retailTier: { currency: '' } }, 'retailTier.currency: must be a non-empty string'],
    [{ dormant: { inactiveDayz: 90 } }, 'dormant.inactiveDayz: is not a policy field'],
    [
      { lifecycle: { matureFromMonths: 2 } },
      'lifecycle.matureFromMonths: must not be below growingFromMonths',
    ],
    [
      { suitability: { assessmentValidMonths: 0 } },
      'suitability.assessmentValidMonths: must be a positive integer',
    ],
    [
      { suitability: { nextBestProducts: { minimumLevel: 'C9' } } },
      'suitability.nextBestProducts.minimumLevel: must be one of C1, C2, C3, C4, C5',
    ],
    [{ version: 'mine' }, 'version: is derived from the content; do not set it'],
    [[], '(root): must be a JSON object'],
  ])('refuses %j naming the field', (overrides, message) => {
    expect(refusal(overrides)).toBe(message);
  });

  it('takes the holiday calendar from the file, and refuses a holiday that is not a date', () => {
    const holidays = [{ name: 'spring-festival', date: '2028-01-26' }];
    expect(withPolicyOverrides(DEFAULT_POLICIES, { holiday: { holidays } }).holiday).toEqual({
      ...DEFAULT_POLICIES.holiday,
      holidays,
    });
    expect(refusal({ holiday: { holidays: [{ name: 'mid-autumn', date: '2028-13-03' }] } })).toBe(
      'holiday.holidays[0].date: must be a calendar date YYYY-MM-DD',
    );
    expect(refusal({ holiday: { holidays: [{ name: 'mid-autumn' }] } })).toBe(
      'holiday.holidays[0].date: is required',
    );
  });

  it('accepts a fractional growth rate', () => {
    const growth = { ...DEFAULT_POLICIES.corporateTier.growth, middleFrom: 0.08 };
    const merged = withPolicyOverrides(DEFAULT_POLICIES, { corporateTier: { growth } });
    expect(merged.corporateTier.growth.middleFrom).toBe(0.08);
  });
});

describe('canonicalPolicyJson', () => {
  it('is the same text whatever the key order or version', () => {
    const reordered = {
      ...DEFAULT_POLICIES,
      version: 'other',
      dormant: { inactiveDays: 180, policyVersion: 'dormant/v2' },
    };
    expect(canonicalPolicyJson(reordered)).toBe(canonicalPolicyJson(DEFAULT_POLICIES));
    expect(canonicalPolicyJson(DEFAULT_POLICIES)).not.toContain('seed-defaults');
  });
  it('takes the care calendar’s lead times, gift day and tiers, and refuses what the rules cannot use (ADR 0026)', () => {
    const configured = withPolicyOverrides(DEFAULT_POLICIES, {
      vipEvent: { inviteDaysBefore: 10 },
      vipGifts: { weekday: 'monday', tiers: ['WEALTH', 'PRIVATE'] },
      repaymentReminder: { daysBefore: 3 },
    });
    expect(configured.vipEvent.inviteDaysBefore).toBe(10);
    expect(configured.vipGifts).toMatchObject({ weekday: 'monday', tiers: ['WEALTH', 'PRIVATE'] });
    expect(configured.repaymentReminder.daysBefore).toBe(3);
    expect(refusal({ vipGifts: { weekday: 'someday' } })).toBe(
      'vipGifts.weekday: must be one of monday, tuesday, wednesday, thursday, friday, saturday, sunday',
    );
    expect(refusal({ vipGifts: { tiers: ['GOLD', 'PRIVATE'] } })).toMatch(
      /^vipGifts\.tiers\[0\]: must be one of/,
    );
    expect(refusal({ vipEvent: { inviteDaysBefore: 0 } })).toBe(
      'vipEvent.inviteDaysBefore: must be a positive integer',
    );
  });
});
