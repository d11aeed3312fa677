import type { RiskProfileAssessed } from '../events/suitability.events';
import { toMs } from '../time';
import { RISK_PROFILE_OF_LEVEL } from '../vocabulary';
import type { Customer } from './customer-state';

/** The latest assessment (by assessedAt) replaces the one before; the profile follows the assessed level. */
export function withRiskAssessment(customer: Customer, data: RiskProfileAssessed['data']): Customer {
  const last = customer.riskAssessment;
  if (last !== null && toMs(data.assessedAt) < toMs(last.assessedAt)) return customer;
  const { level, score, questionnaireVersion, assessedAt, validUntil } = data;
  return {
    ...customer,
    riskProfile: RISK_PROFILE_OF_LEVEL[level],
    riskAssessment: { level, score, questionnaireVersion, assessedAt, validUntil },
  };
}
