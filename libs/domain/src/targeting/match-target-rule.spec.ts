import { matchesTargetRule } from './match-target-rule';
import { parseTargetRule } from './parse-target-rule';
import type { TargetView } from './target-rule';

const view = (facts: Partial<TargetView> = {}): TargetView => ({
  customerId: 'c-1',
  active: true,
  segment: 'retail',
  tier: 'WEALTH',
  assetsMinor: 60_000_000,
  holdingTypes: ['time-deposit'],
  riskLevel: 'C3',
  occupation: 'teacher',
  lifecycle: 'GROWING',
  flags: ['marketing-consent'],
  ...facts,
});

const matches = (term: object, facts: Partial<TargetView> = {}) =>
  matchesTargetRule(parseTargetRule({ all: [term] }), view(facts));

describe('matching a target rule against a 360 view', () => {
  it('an empty rule matches every active customer, and no offboarded one', () => {
    expect(matchesTargetRule({ all: [] }, view())).toBe(true);
    expect(matchesTargetRule({ all: [] }, view({ active: false }))).toBe(false);
  });

  it('all terms must hold', () => {
    const rule = parseTargetRule({
      all: [
        { field: 'segment', in: ['retail'] },
        { field: 'assets', min: 50_000_000 },
      ],
    });
    expect(matchesTargetRule(rule, view())).toBe(true);
    expect(matchesTargetRule(rule, view({ assetsMinor: 49_999_999 }))).toBe(false);
    expect(matchesTargetRule(rule, view({ segment: 'corporate' }))).toBe(false);
  });

  it('segment, tier and lifecycle: one of the listed values', () => {
    expect(matches({ field: 'segment', in: ['corporate'] })).toBe(false);
    expect(matches({ field: 'segment', in: ['corporate', 'retail'] })).toBe(true);
    expect(matches({ field: 'tier', in: ['PRIVATE'] })).toBe(false);
    expect(matches({ field: 'tier', in: ['WEALTH'] })).toBe(true);
    expect(matches({ field: 'lifecycle', in: ['NEW'] })).toBe(false);
    expect(matches({ field: 'lifecycle', in: ['GROWING'] })).toBe(true);
  });

  it('assets: both bounds inclusive, in minor units', () => {
    expect(matches({ field: 'assets', min: 60_000_000 })).toBe(true);
    expect(matches({ field: 'assets', min: 60_000_001 })).toBe(false);
    expect(matches({ field: 'assets', max: 60_000_000 })).toBe(true);
    expect(matches({ field: 'assets', max: 59_999_999 })).toBe(false);
    expect(matches({ field: 'assets', min: 0, max: 100 }, { assetsMinor: 0 })).toBe(true);
  });

  it('holding types: any of, none of (active holdings only, as the view says)', () => {
    expect(matches({ field: 'holdingTypes', any: ['time-deposit', 'fund'] })).toBe(true);
    expect(matches({ field: 'holdingTypes', any: ['fund'] })).toBe(false);
    expect(matches({ field: 'holdingTypes', none: ['time-deposit'] })).toBe(false);
    expect(matches({ field: 'holdingTypes', none: ['wealth'] })).toBe(true);
    expect(matches({ field: 'holdingTypes', any: ['fund'] }, { holdingTypes: [] })).toBe(false);
  });

  it('risk level: ordered C1 < … < C5, bounds inclusive; no assessment never matches', () => {
    expect(matches({ field: 'riskLevel', min: 'C3' })).toBe(true);
    expect(matches({ field: 'riskLevel', min: 'C4' })).toBe(false);
    expect(matches({ field: 'riskLevel', max: 'C3' })).toBe(true);
    expect(matches({ field: 'riskLevel', max: 'C2' })).toBe(false);
    expect(matches({ field: 'riskLevel', min: 'C1' }, { riskLevel: null })).toBe(false);
    expect(matches({ field: 'riskLevel', min: 'C5', max: 'C5' }, { riskLevel: 'C5' })).toBe(true);
  });

  it('occupation: exact, after trimming; none recorded never matches', () => {
    expect(matches({ field: 'occupation', in: ['teacher'] })).toBe(true);
    expect(matches({ field: 'occupation', in: ['doctor'] })).toBe(false);
    expect(matches({ field: 'occupation', in: ['teacher'] }, { occupation: ' teacher ' })).toBe(true);
    expect(matches({ field: 'occupation', in: ['teacher'] }, { occupation: null })).toBe(false);
  });

  it('flags: the mining flags the 360 view judged (ADR 0023)', () => {
    expect(
      matches({ field: 'flags', any: ['flight-risk'] }, { flags: ['marketing-consent', 'flight-risk'] }),
    ).toBe(true);
    expect(
      matches({ field: 'flags', any: ['flight-risk'] }, { flags: ['marketing-consent', 'sleeping'] }),
    ).toBe(false);
    expect(
      matches({ field: 'flags', none: ['sleeping'] }, { flags: ['marketing-consent', 'sleeping'] }),
    ).toBe(false);
  });

  it('flags: dormancy and marketing consent, any of and none of', () => {
    expect(matches({ field: 'flags', none: ['dormant'] })).toBe(true);
    expect(matches({ field: 'flags', any: ['dormant'] })).toBe(false);
    expect(matches({ field: 'flags', any: ['dormant'] }, { flags: ['dormant', 'marketing-consent'] })).toBe(
      true,
    );
    expect(matches({ field: 'flags', any: ['marketing-consent'] }, { flags: [] })).toBe(false);
  });

  it('never targets a customer without marketing consent, whatever the rule (ADR 0024)', () => {
    expect(matchesTargetRule({ all: [] }, view({ flags: [] }))).toBe(false);
    expect(matches({ field: 'flags', any: ['dormant'] }, { flags: ['dormant'] })).toBe(false);
    expect(matches({ field: 'segment', in: ['retail'] }, { flags: ['dormant'] })).toBe(false);
  });
});
