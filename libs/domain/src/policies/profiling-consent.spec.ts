import { consentGiven, consentWithdrawn, onboarded } from '../../test/fixtures';
import type { Customer } from '../state/customer-state';
import { evolveAll } from '../state/evolve';
import { DEFAULT_POLICIES } from './domain-policies';
import { flagsAt, flagWindows } from './mining-flags';
import { isDormant } from './dormant.policy';

const NOW = '2026-03-01T00:00:00.000Z';
const privateCustomer = (consent: { marketing: boolean; profiling?: boolean }) =>
  onboarded({ tier: 'PRIVATE', consent });
const flags = (...events: Parameters<typeof evolveAll>[0]) =>
  flagsAt(evolveAll(events) as Customer, NOW, DEFAULT_POLICIES).map((judgment) => judgment.flag);

describe('mining flags and the profiling consent (ADR 0026)', () => {
  it('given profiling consent at onboarding, a PRIVATE customer is flagged advantage', () => {
    expect(flags(privateCustomer({ marketing: false, profiling: true }))).toContain('advantage');
  });

  it('given no profiling consent (or an onboarding recorded before it was asked), no flag at all', () => {
    expect(flags(privateCustomer({ marketing: true, profiling: false }))).toEqual([]);
    const before = privateCustomer({ marketing: true });
    expect(flags(before)).toEqual([]);
    expect(flagWindows(evolveAll([before]) as Customer, DEFAULT_POLICIES)).toEqual([]);
  });

  it('when profiling consent is withdrawn, the flags go at once; given again, they come back', () => {
    const onboarding = privateCustomer({ marketing: true, profiling: true });
    expect(flags(onboarding, consentWithdrawn('profiling'))).toEqual([]);
    expect(flags(onboarding, consentWithdrawn('profiling'), consentGiven('profiling'))).toContain(
      'advantage',
    );
  });

  it('withdrawing marketing consent alone leaves the flags', () => {
    expect(
      flags(privateCustomer({ marketing: true, profiling: true }), consentWithdrawn('marketing')),
    ).toContain('advantage');
  });

  it('dormancy is a service fact: it stays without profiling consent', () => {
    const customer = evolveAll([privateCustomer({ marketing: false, profiling: false })]) as Customer;
    expect(isDormant(customer, '2027-06-01T00:00:00.000Z', DEFAULT_POLICIES.dormant)).toBe(true);
  });
});
