import { DEFAULT_POLICIES, type DomainPolicies } from '@ledger/domain';

/** A configured set unlike the seed: the incremental path must carry keys computed under it. */
export const CONFIGURED_POLICIES: DomainPolicies = {
  ...DEFAULT_POLICIES,
  contactCadence: { policyVersion: 'contact-cadence/test', bands: [{ fromMinor: 10_000_00, everyDays: 3 }] },
  maturityReminder: { policyVersion: 'maturity-reminder/test', daysBefore: 5 },
  lifecycle: {
    policyVersion: 'lifecycle/test',
    growingFromMonths: 1,
    matureFromMonths: 2,
    seniorAfterMonths: 4,
  },
};
