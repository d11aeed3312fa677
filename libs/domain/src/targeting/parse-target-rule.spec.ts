import { parseTargetRule } from './parse-target-rule';
import { TargetRuleError } from './target-rule.error';

/** The error a rule gets, as `path: problem`. */
function refusal(input: unknown): string {
  try {
    parseTargetRule(input);
  } catch (error) {
    if (error instanceof TargetRuleError) return error.message;
    throw error;
  }
  throw new Error('parsed');
}

describe('parsing a target rule', () => {
  it('accepts every term of the language and returns it as given', () => {
    const rule = {
      all: [
        { field: 'segment', in: ['retail'] },
        { field: 'tier', in: ['WEALTH', 'PRIVATE'] },
        { field: 'assets', min: 50_000_000, max: 500_000_000 },
        { field: 'holdingTypes', any: ['time-deposit'], none: ['wealth'] },
        { field: 'riskLevel', min: 'C3', max: 'C5' },
        { field: 'occupation', in: ['teacher'] },
        { field: 'lifecycle', in: ['GROWING', 'MATURE'] },
        { field: 'flags', any: ['marketing-consent', 'potential'], none: ['dormant', 'flight-risk'] },
      ],
    };
    expect(parseTargetRule(rule)).toEqual(rule);
  });

  it('accepts an empty rule (every active customer) and trims occupations', () => {
    expect(parseTargetRule({ all: [] })).toEqual({ all: [] });
    expect(parseTargetRule({ all: [{ field: 'occupation', in: [' teacher '] }] })).toEqual({
      all: [{ field: 'occupation', in: ['teacher'] }],
    });
  });

  it('names an unknown field by its path', () => {
    expect(
      refusal({
        all: [{ field: 'segment', in: ['retail'] }, { field: 'tier', in: ['MASS'] }, { field: 'colour' }],
      }),
    ).toMatch(/^targetRule\.all\[2\]\.field: unknown field "colour"/);
  });

  it.each([
    [null, 'targetRule: must be an object'],
    [{ any: [] }, 'targetRule.any: unknown key'],
    [{ all: 'segment' }, 'targetRule.all: must be a list'],
    [{ all: [42] }, 'targetRule.all[0]: must be an object'],
    [
      { all: [{ field: 'segment', in: ['private-banking'] }] },
      'targetRule.all[0].in[0]: unknown value "private-banking"',
    ],
    [{ all: [{ field: 'segment', in: [] }] }, 'targetRule.all[0].in: must be a non-empty list'],
    [{ all: [{ field: 'segment' }] }, 'targetRule.all[0]: "segment" needs "in"'],
    [
      { all: [{ field: 'segment', in: ['retail'], min: 1 }] },
      'targetRule.all[0].min: unknown key for "segment"',
    ],
    [{ all: [{ field: 'tier', in: ['GOLD'] }] }, 'targetRule.all[0].in[0]: unknown value "GOLD"'],
    [{ all: [{ field: 'assets', min: -1 }] }, 'targetRule.all[0].min: must be a whole'],
    [{ all: [{ field: 'assets', min: 1.5 }] }, 'targetRule.all[0].min: must be a whole'],
    [{ all: [{ field: 'assets', max: '100' }] }, 'targetRule.all[0].max: must be a whole'],
    [{ all: [{ field: 'assets', min: 10, max: 9 }] }, 'targetRule.all[0].max: must not be below min'],
    [{ all: [{ field: 'assets' }] }, 'targetRule.all[0]: "assets" needs "min" or "max"'],
    [{ all: [{ field: 'holdingTypes', any: ['stock'] }] }, 'targetRule.all[0].any[0]: unknown value "stock"'],
    [
      { all: [{ field: 'holdingTypes', all: ['fund'] }] },
      'targetRule.all[0].all: unknown key for "holdingTypes"',
    ],
    [{ all: [{ field: 'riskLevel', min: 'C6' }] }, 'targetRule.all[0].min: unknown risk level "C6"'],
    [{ all: [{ field: 'riskLevel', min: 'C4', max: 'C2' }] }, 'targetRule.all[0].max: must not be below min'],
    [{ all: [{ field: 'occupation', in: [''] }] }, 'targetRule.all[0].in[0]: must be a text'],
    [{ all: [{ field: 'lifecycle', in: ['OLD'] }] }, 'targetRule.all[0].in[0]: unknown value "OLD"'],
    [{ all: [{ field: 'flags', none: ['vip'] }] }, 'targetRule.all[0].none[0]: unknown value "vip"'],
  ])('refuses %j: %s', (input, expected) => {
    expect(refusal(input).startsWith(expected)).toBe(true);
  });

  it('bounds the size of a rule', () => {
    const terms = Array.from({ length: 51 }, () => ({ field: 'segment', in: ['retail'] }));
    expect(refusal({ all: terms })).toBe('targetRule.all: at most 50 terms');
    expect(refusal({ all: [{ field: 'occupation', in: Array(101).fill('x') }] })).toBe(
      'targetRule.all[0].in: at most 100 values',
    );
  });

  it('names the path it is given', () => {
    expect(() => parseTargetRule({ all: [{ field: 'x' }] }, 'product.targetRule')).toThrow(
      /^product\.targetRule\.all\[0\]\.field/,
    );
  });
});
