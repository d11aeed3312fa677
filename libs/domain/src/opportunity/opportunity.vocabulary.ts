/** Where an opportunity came from (issue 16): the campaign names itself in `campaignId`. */
export const OPPORTUNITY_SOURCES = ['campaign', 'referral', 'walk-in', 'relationship-manager'] as const;
export type OpportunitySource = (typeof OPPORTUNITY_SOURCES)[number];

/**
 * Seed 001's seven sales steps (营销七部曲) folded into stages, in their order (ADR 0019). Steps 1-2
 * (finding and knowing the customer) are what opening records; the opportunity is then `identified`.
 */
export const OPPORTUNITY_STAGES = [
  'contacted',
  'needs-analysed',
  'proposed',
  'objection-handled',
  'closing',
] as const;
export type OpportunityStage = (typeof OPPORTUNITY_STAGES)[number];

/** The stage of an opportunity nobody has advanced yet. */
export const FIRST_STAGE = 'identified';
export type PipelineStage = typeof FIRST_STAGE | OpportunityStage;

/** All stages a pipeline counts, in order. */
export const PIPELINE_STAGES: readonly PipelineStage[] = [FIRST_STAGE, ...OPPORTUNITY_STAGES];

export function stageRank(stage: PipelineStage): number {
  return PIPELINE_STAGES.indexOf(stage);
}

export type OpportunityStatus = 'open' | 'won' | 'lost';
