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
  return { suffix, version: projection.version, collections };
}
