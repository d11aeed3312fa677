import {
  CORPORATE_TIERS,
  DAY_MS,
  DEFAULT_POLICIES,
  lookup,
  RETAIL_TIERS,
  SYSTEM_ACTOR,
  type Tier,
} from '@ledger/domain';
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
  agent.plan('vote-review', action.at + rng.int(3, 15) * DAY_MS, { ref: reviewId });
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

const LATEST_VOTE_BEFORE_DEADLINE_MS = 6 * DAY_MS;

/**
 * Checker, four-eyes: one committee member (not the requester, not one who voted) votes; the next
 * member mostly agrees with the last vote. Until the default quorum closes the review another vote
 * follows a few days later, unless the committee lets it lapse: then the expiry sweep closes it.
 */
export function voteOnReview(agent: CustomerAgent, action: Action): Step[] {
  const { rng } = agent;
  const customer = agent.customer;
  const review = customer && action.ref !== undefined ? lookup(customer.tierReviews, action.ref) : undefined;
  if (customer === null || review === undefined || review.status !== 'open') return [];
  const { reviewExpiresAfterDays } = DEFAULT_POLICIES.fourEyes;
  const deadline = Date.parse(review.openedAt) + reviewExpiresAfterDays * DAY_MS;
  const voted = new Set(review.votes.map((cast) => cast.memberId));
  const members = agent.world.directory.committee.filter(
    (member) => member.id !== review.requestedBy && !voted.has(member.id),
  );
  const lapses =
    customer.status !== 'active' ||
    members.length === 0 ||
    action.at + LATEST_VOTE_BEFORE_DEADLINE_MS >= deadline ||
    rng.chance(0.05);
  if (lapses) {
    agent.plan('expire-review', deadline + DAY_MS, { ref: review.reviewId });
    return [];
  }
  const previous = review.votes.at(-1);
  const approve =
    previous === undefined
      ? rng.chance(APPROVES[agent.segment])
      : rng.chance(0.85) === (previous.vote === 'approve');
  const reason = approve
    ? review.proposedTier === review.computedTier
      ? '符合评级标准，同意'
      : '委员会综合考虑客户战略价值，同意调整'
    : '当前指标不足以支持调整，维持现有等级';
  // Planned whatever this vote does: once the review is closed the next vote finds nothing to do.
  agent.plan('vote-review', action.at + rng.int(1, 5) * DAY_MS, { ref: review.reviewId });
  const body = { reviewId: review.reviewId, vote: approve ? 'approve' : 'reject', reason } as const;
  return [agent.command('CastTierReviewVote', action.at, body, rng.pick(members))];
}

/** The sweep, as the system: a review still open past its deadline expires. */
export function expireReview(agent: CustomerAgent, action: Action): Step[] {
  const review =
    agent.customer && action.ref !== undefined ? lookup(agent.customer.tierReviews, action.ref) : undefined;
  if (review === undefined || review.status !== 'open') return [];
  return [agent.command('ExpireTierReview', action.at, { reviewId: review.reviewId }, SYSTEM_ACTOR)];
}
