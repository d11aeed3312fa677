/** Retail customers are tiered by assets, corporate customers by the review committee's points model. */
export type Segment = 'retail' | 'corporate';

export const RETAIL_TIERS = ['MASS', 'WEALTH', 'PRIVATE'] as const;
export const CORPORATE_TIERS = ['STANDARD', 'KEY', 'STRATEGIC'] as const;

/** Every tier of both schemes. */
export const TIERS = [...RETAIL_TIERS, ...CORPORATE_TIERS] as const;

export type RetailTier = (typeof RETAIL_TIERS)[number];
export type CorporateTier = (typeof CORPORATE_TIERS)[number];
export type Tier = RetailTier | CorporateTier;

export type TierDirection = 'upgrade' | 'downgrade' | 'unchanged';

/** Tiers of each segment's scheme, lowest first. */
export const TIERS_OF_SEGMENT: Readonly<Record<Segment, readonly Tier[]>> = {
  retail: RETAIL_TIERS,
  corporate: CORPORATE_TIERS,
};

/** A customer starts at the lowest tier of its scheme (DESIGN §2). */
export function lowestTier(segment: Segment): Tier {
  return segment === 'retail' ? 'MASS' : 'STANDARD';
}

export function isTierOf(segment: Segment, tier: Tier): boolean {
  return TIERS_OF_SEGMENT[segment].includes(tier);
}

/** Position within its own scheme (0 = lowest). */
export function tierRank(tier: Tier): number {
  const retail = (RETAIL_TIERS as readonly Tier[]).indexOf(tier);
  return retail >= 0 ? retail : (CORPORATE_TIERS as readonly Tier[]).indexOf(tier);
}

export function tierDirection(from: Tier, to: Tier): TierDirection {
  const delta = tierRank(to) - tierRank(from);
  return delta > 0 ? 'upgrade' : delta < 0 ? 'downgrade' : 'unchanged';
}
