import { type Money, PIPELINE_STAGES, type PipelineStage, toIso, toMs } from '@ledger/domain';
import type { ReadStore } from '@ledger/read-store';
import { toWireMoney, type WireMoney } from '../shared/wire-money';
import { OPPORTUNITIES, type OpportunityDocument } from './opportunity-pipeline.documents';
import { type PipelineScope, scopeFilter } from './opportunity-views';

export const PIPELINE_GROUPS = ['relationshipManager', 'branch'] as const;
export type PipelineGroupBy = (typeof PIPELINE_GROUPS)[number];

export type StageFigures = { count: number; expectedAmount: WireMoney };

/**
 * One manager's (or branch's) pipeline in one currency: the open opportunities by stage, the
 * conversions (won, with the matched holdings' principal) and the losses.
 */
export type PipelineGroup = {
  /** The relationship manager (groupBy=relationshipManager) or the branch (groupBy=branch). */
  key: string;
  currency: string;
  open: StageFigures;
  byStage: Record<PipelineStage, StageFigures>;
  won: { count: number; amount: WireMoney };
  lost: { count: number };
  /** won / (won + lost); null before anything closed. */
  conversionRate: number | null;
};

export type PipelineSummary = { groupBy: PipelineGroupBy; groups: PipelineGroup[] };

export type PipelineSummaryQuery = PipelineScope & {
  groupBy: PipelineGroupBy;
  /** Only opportunities opened at or after / before this time (ISO 8601), for period figures. */
  openedFrom?: string;
  openedBefore?: string;
};

type Tally = { count: number; minor: number };

type GroupTally = {
  key: string;
  currency: string;
  stages: Record<PipelineStage, Tally>;
  won: Tally;
  lost: number;
};

const zero = (): Tally => ({ count: 0, minor: 0 });
const add = (tally: Tally, money: Money): void => {
  tally.count += 1;
  tally.minor += money.amountMinor;
};

/**
 * The summary of any set of opportunity documents (pure): what the RM performance KPIs read as
 * "opportunities by stage, conversions and converted amount". Groups are sorted by key and currency.
 */
export function summarisePipeline(
  documents: readonly OpportunityDocument[],
  groupBy: PipelineGroupBy,
): PipelineSummary {
  const tallies = new Map<string, GroupTally>();
  for (const document of documents) {
    const key = groupBy === 'relationshipManager' ? document.owner : document.branchId;
    const currency = document.expectedAmount.currency;
    const id = JSON.stringify([key, currency]);
    let tally = tallies.get(id);
    if (tally === undefined) {
      const stages = Object.fromEntries(PIPELINE_STAGES.map((stage) => [stage, zero()]));
      tally = { key, currency, stages: stages as GroupTally['stages'], won: zero(), lost: 0 };
      tallies.set(id, tally);
    }
    if (document.status === 'open') add(tally.stages[document.stage], document.expectedAmount);
    else if (document.status === 'won' && document.wonAmount !== null) add(tally.won, document.wonAmount);
    else if (document.status === 'lost') tally.lost += 1;
  }
  const groups = [...tallies.values()]
    .sort((a, b) => a.key.localeCompare(b.key) || a.currency.localeCompare(b.currency))
    .map((tally) => groupOf(tally));
  return { groupBy, groups };
}

function groupOf({ key, currency, stages, won, lost }: GroupTally): PipelineGroup {
  const figures = ({ count, minor }: Tally): StageFigures => ({
    count,
    expectedAmount: toWireMoney({ amountMinor: minor, currency }),
  });
  const open = Object.values(stages).reduce((sum, tally) => ({
    count: sum.count + tally.count,
    minor: sum.minor + tally.minor,
  }));
  const closed = won.count + lost;
  return {
    key,
    currency,
    open: figures(open),
    byStage: Object.fromEntries(
      PIPELINE_STAGES.map((stage) => [stage, figures(stages[stage])]),
    ) as PipelineGroup['byStage'],
    won: { count: won.count, amount: toWireMoney({ amountMinor: won.minor, currency }) },
    lost: { count: lost },
    conversionRate: closed === 0 ? null : won.count / closed,
  };
}

/** Stored times are canonical UTC ISO, so a bound compares as text only in the same form. */
const canonical = (time: string): string => toIso(toMs(time));

/** GET /opportunities/pipeline: the summary over the scope's opportunities. */
export async function pipelineSummary(
  readStore: ReadStore,
  query: PipelineSummaryQuery,
): Promise<PipelineSummary> {
  const { openedFrom, openedBefore } = query;
  const openedAt = {
    ...(openedFrom !== undefined && { $gte: canonical(openedFrom) }),
    ...(openedBefore !== undefined && { $lt: canonical(openedBefore) }),
  };
  const filter = { ...scopeFilter(query), ...(Object.keys(openedAt).length > 0 && { openedAt }) };
  const documents = await readStore.find<OpportunityDocument>(OPPORTUNITIES, filter);
  return summarisePipeline(documents, query.groupBy);
}
