/**
 * Campaigns (issue 16). Neither number is in the seeds; both are the bank's to set.
 * - `revenueRate`: the share of a converted amount the bank counts as revenue when it computes a
 *   campaign's ROI = (converted amount × revenueRate − budget) / budget. Default 1% (a year's
 *   margin on a deposit or a wealth product's fee, roughly).
 * - `targetsPerEvent`: how many customer ids one CampaignTargetsFrozen event carries, so no event
 *   grows with the size of the list (1,000 ids ≈ 40 kB).
 */
export type CampaignPolicy = { policyVersion: string; revenueRate: number; targetsPerEvent: number };

export const CAMPAIGN_POLICY: CampaignPolicy = {
  policyVersion: 'campaign/v1',
  revenueRate: 0.01,
  targetsPerEvent: 1000,
};
