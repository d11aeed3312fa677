import type { Projection } from './projection';

/**
 * One physical generation of a projection: its versioned collections and its checkpoint. A rebuild
 * writes a new build beside the live one; queries read the live build through read-store aliases.
 */
export interface Build {
  /** 'v3' for the first build of version 3, 'v3_r2' for a second one (an explicit rebuild). */
  suffix: string;
  version: number;
  /** Logical collection (the alias queries read) → physical collection, e.g. customers → customers_v3. */
  collections: Record<string, string>;
  /** The projection's policyVersion when the build started; absent for read models without policies. */
  policyVersion?: string;
}

/** The name the build's checkpoint and parked streams are stored under, e.g. 'customer-360_v3'. */
export function buildId(projection: string, build: Build): string {
  return `${projection}_${build.suffix}`;
}

/** A build of the projection's current version whose names collide with none of `existing`. */
export function newBuild(projection: Projection, existing: readonly (Build | null)[]): Build {
  const taken = new Set(existing.map((build) => build?.suffix));
  let generation = 1;
  const suffixOf = (n: number): string =>
    n === 1 ? `v${projection.version}` : `v${projection.version}_r${n}`;
  while (taken.has(suffixOf(generation))) generation++;
  const suffix = suffixOf(generation);
  const collections = Object.fromEntries(projection.collections.map((name) => [name, `${name}_${suffix}`]));
  const build: Build = { suffix, version: projection.version, collections };
  if (projection.policyVersion !== undefined) build.policyVersion = projection.policyVersion;
  return build;
}

const SEED_DEFAULTS = 'seed-defaults';

/**
 * The policy set a build was computed under, and whether it is the one configured now. Builds from
 * before versions were recorded could only have been computed under the seed defaults.
 */
export function buildPolicies(
  projection: Projection,
  build: Build | null,
): { policyVersion: string | null; policiesCurrent: boolean } {
  if (projection.policyVersion === undefined) return { policyVersion: null, policiesCurrent: true };
  const policyVersion = build === null ? projection.policyVersion : (build.policyVersion ?? SEED_DEFAULTS);
  return { policyVersion, policiesCurrent: policyVersion === projection.policyVersion };
}
