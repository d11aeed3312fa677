import { onboarded, ONBOARDED_AT } from '../../test/fixtures';
import type { Customer } from '../state/customer-state';
import { evolveAll } from '../state/evolve';
import { DEFAULT_POLICIES } from './domain-policies';
import { flagsAt } from './mining-flags';

const NOW = '2026-03-01T00:00:00.000Z';
const advantage = (customer: Customer) =>
  flagsAt(customer, NOW, DEFAULT_POLICIES).find((judgment) => judgment.flag === 'advantage');

describe('advantage (seed 002 优势客户, the tier half)', () => {
  it('a PRIVATE customer is an advantage customer since the tier', () => {
    const customer = evolveAll([onboarded({ tier: 'PRIVATE' })]) as Customer;
    expect(advantage(customer)).toEqual({
      flag: 'advantage',
      since: ONBOARDED_AT,
      rule: 'advantage/v1/tier',
      inputs: { tier: 'PRIVATE' },
    });
  });

  it('a STRATEGIC corporate is one too; WEALTH and KEY are not', () => {
    const strategic = evolveAll([onboarded({ segment: 'corporate', tier: 'STRATEGIC' })]) as Customer;
    expect(advantage(strategic)?.inputs).toEqual({ tier: 'STRATEGIC' });
    expect(advantage(evolveAll([onboarded({ tier: 'WEALTH' })]) as Customer)).toBeUndefined();
    expect(
      advantage(evolveAll([onboarded({ segment: 'corporate', tier: 'KEY' })]) as Customer),
    ).toBeUndefined();
  });

  it('the tiers are the policy’s', () => {
    const customer = evolveAll([onboarded({ tier: 'WEALTH' })]) as Customer;
    const policies = { ...DEFAULT_POLICIES, advantage: { policyVersion: 'a/x', tiers: ['WEALTH' as const] } };
    expect(flagsAt(customer, NOW, policies).map((f) => f.flag)).toEqual(['advantage']);
  });
});
