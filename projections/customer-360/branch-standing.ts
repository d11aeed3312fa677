import {
  type BranchStanding,
  type CustomerEvent,
  type DomainPolicies,
  type LatestContribution,
  topShareCount,
} from '@ledger/domain';
import type { Filter, ReadStore } from '@ledger/read-store';
import { CUSTOMERS, type Customer360Document } from './customer-360.document';

/** The latest year's contribution (a later record for the same year replaces it), as the decider ranks years. */
export function withLatestContribution(
  latest: LatestContribution | null,
  event: CustomerEvent,
): LatestContribution | null {
  if (event.type !== 'ContributionRecorded') return latest;
  const { year, contribution, recordedAt } = event.data;
  if (latest !== null && year < latest.year) return latest;
  return { year, amountMinor: contribution.amountMinor, recordedAt };
}

/**
 * Seed 002's branch top decile, measured at query time (ADR 0028): the active customers of the
 * branch with a contribution, and the k-th highest of them, k = topShareCount. Two indexed reads,
 * so one customer's new contribution moves every flag of its branch without a fold over the branch.
 */
export async function branchStanding(
  readStore: ReadStore,
  branchId: string,
  policies: DomainPolicies,
): Promise<BranchStanding> {
  const ranked: Filter = { branchId, contributionMinor: { $gte: 0 } };
  const count = await readStore.count(CUSTOMERS, ranked);
  const k = topShareCount(count, policies.advantage);
  if (k === 0) return { branchId, ranked: count, cutoffMinor: null };
  const [edge] = await readStore.find<Customer360Document>(CUSTOMERS, ranked, {
    sort: { contributionMinor: -1, _id: 1 },
    skip: k - 1,
    limit: 1,
  });
  return { branchId, ranked: count, cutoffMinor: edge?.contributionMinor ?? null };
}

/** One standing per branch among `branchIds`, each measured once. */
export async function branchStandings(
  readStore: ReadStore,
  branchIds: Iterable<string>,
  policies: DomainPolicies,
): Promise<Map<string, BranchStanding>> {
  const unique = [...new Set(branchIds)];
  const standings = await Promise.all(unique.map((id) => branchStanding(readStore, id, policies)));
  return new Map(standings.map((standing) => [standing.branchId, standing]));
}
