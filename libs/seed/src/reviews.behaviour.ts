import { CORPORATE_TIERS, DAY_MS, lookup, RETAIL_TIERS, type Tier } from '@ledger/domain';
import type { Action } from './agenda';
import { iso } from './business-time';
import type { CustomerAgent, Step } from './customer-agent';

/** Committees approve most corporate reviews and fewer retail overrides (those go against the assets). */
const APPROVES = { corporate: 0.75, retail: 0.4 } as const;

function tierAbove(tier: Tier): Tier | undefined {
  const scheme: readonly Tier[] = (RETAIL_TIERS as readonly Tier[]).includes(tier)
    ? RETAIL_TIERS
    : CORPORATE_TIERS;
  return scheme[scheme.indexOf(tier) + 1];
}

/** Maker: the manager (now and then a committee member) asks the committee to reassess the tier. */
export function openReview(agent: CustomerAgent, action: Action): Step[] {
  const { rng } = agent;
  const customer = agent.customer;
  if (customer === null) return [];
  const reviewId = rng.uuid();
  agent.plan('decide-review', action.at + rng.int(3, 20) * DAY_MS, { ref: reviewId });
  const requester = rng.chance(0.85) ? agent.manager : rng.pick(agent.world.directory.committee);
  if (agent.segment === 'retail') {
    const proposedTier = tierAbove(customer.tier);
    if (proposedTier === undefined) return [];
    const body = {
      reviewId,
      proposedTier,
      rationale: '客户综合贡献度高，建议上调等级',
      openedAt: iso(action.at),
    };
    return [agent.command('OpenTierReview', action.at, body, requester)];
  }
  const specialBackground = rng.weighted({ none: 70, some: 22, 'government-or-monopoly': 8 });
  const proposedTier = rng.chance(0.2) ? tierAbove(customer.tier) : undefined;
  const body = {
    reviewId,
    specialBackground,
    ...(proposedTier !== undefined && { proposedTier }),
    rationale: '年度客户评估：贡献度、业务广度、成长性与特殊背景',
    openedAt: iso(action.at),
  };
  return [agent.command('OpenTierReview', action.at, body, requester)];
}

/** Checker, four-eyes: a committee member other than the requester decides, with one or two colleagues. */
export function decideReview(agent: CustomerAgent, action: Action): Step[] {
  const { rng } = agent;
  const review =
    agent.customer && action.ref !== undefined ? lookup(agent.customer.tierReviews, action.ref) : undefined;
  if (review === undefined || review.status !== 'open') return [];
  const members = agent.world.directory.committee.filter((member) => member.id !== review.requestedBy);
  const decider = rng.pick(members);
  const colleagues = members.filter((member) => member.id !== decider.id);
  const committee = [decider.id, rng.pick(colleagues).id];
  if (rng.chance(0.3)) committee.push(rng.pick(colleagues).id);
  const approve = rng.chance(APPROVES[agent.segment]);
  const reason = approve
    ? review.proposedTier === review.computedTier
      ? '符合评级标准，同意'
      : '委员会综合考虑客户战略价值，同意调整'
    : '当前指标不足以支持调整，维持现有等级';
  const body = {
    reviewId: review.reviewId,
    decision: approve ? 'approve' : 'reject',
    committee,
    reason,
    effectiveAt: iso(action.at),
  } as const;
  return [agent.command('DecideTierReview', action.at, body, decider)];
}
