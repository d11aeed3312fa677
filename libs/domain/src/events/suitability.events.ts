import type { CustomerRiskLevel } from '../vocabulary';

/**
 * The customer answered the bank's risk questionnaire (风险承受能力评估). `validUntil` is decided
 * with the event under the suitability policy, so a later change of the policy never revives or
 * expires an assessment already recorded.
 */
export type RiskProfileAssessed = {
  type: 'RiskProfileAssessed';
  schemaVersion: 1;
  data: {
    customerId: string;
    level: CustomerRiskLevel;
    score: number;
    questionnaireVersion: string;
    assessedAt: string;
    validUntil: string;
  };
};
