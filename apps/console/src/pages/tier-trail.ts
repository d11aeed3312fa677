import { all, get, type Page, post } from '../api';
import { chartWithTable, type Series } from '../charts';
import { el, field, formValues, input, percent, replace, select, table } from '../dom';
import { hasRole, type Session } from '../session';
import { TIERS } from '../views';

interface TierAuditEntry {
  customerId: string;
  outcome: string;
  scheme: string;
  fromTier: string;
  toTier: string;
  direction: string;
  computedTier: string;
  override: boolean;
  overrideReason: string | null;
  reason: string;
  committee: string[];
  decidedBy: string;
  effectiveAt: string;
}

interface TierReview {
  reviewId: string;
  customerId: string;
  computedTier: string;
  proposedTier: string;
  rationale: string;
  requestedBy: string;
  openedAt: string;
  votes: { memberId: string; vote: string; tier: string | null; reason: string; castAt: string }[];
}

/** Decisions per month, one stacked bar per tier flow, and the month's override rate beside them. */
export function flowsByPeriod(entries: readonly TierAuditEntry[]): { periods: string[]; series: Series[] } {
  const periods = [...new Set(entries.map((entry) => entry.effectiveAt.slice(0, 7)))].sort();
  const flows = [...new Set(entries.map((entry) => `${entry.fromTier}→${entry.toTier}`))].sort();
  const count = (period: string, test: (entry: TierAuditEntry) => boolean) =>
    entries.filter((entry) => entry.effectiveAt.startsWith(period) && test(entry)).length;
  const series: Series[] = flows.map((flow) => ({
    name: flow,
    type: 'bar',
    stack: 'flows',
    data: periods.map((period) => count(period, (entry) => `${entry.fromTier}→${entry.toTier}` === flow)),
  }));
  series.push({
    name: 'override rate',
    type: 'line',
    axis: 1,
    format: percent,
    data: periods.map((period) => {
      const decided = count(period, () => true);
      return decided === 0 ? null : count(period, (entry) => entry.override) / decided;
    }),
  });
  return { periods, series };
}

export async function renderTierTrail(page: HTMLElement, session: Session): Promise<void> {
  const results = el('div', { 'data-testid': 'tier-trail-results' });
  const reviews = el('div', { 'data-testid': 'open-reviews' });
  const filters = el(
    'form',
    {
      class: 'filters',
      'data-testid': 'tier-filters',
      onsubmit: (event: Event) => {
        event.preventDefault();
        void showTrail(formValues(filters)).catch((error: unknown) => replace(results, errorText(error)));
      },
    },
    field('Customer', input('customerId', '', 'customer id')),
    field('Segment', select('segment', ['', 'retail', 'corporate'])),
    field('From tier', select('fromTier', TIERS)),
    field('To tier', select('toTier', TIERS)),
    field('Override', select('override', ['', 'true', 'false'])),
    field('Decided by', input('decidedBy', '', 'committee-chen')),
    field('From', input('from', '', '2026-01-01', 'date')),
    field('To', input('to', '', '2026-12-31', 'date')),
    el('button', { type: 'submit' }, 'Filter'),
  );

  async function showTrail(filters: Record<string, string>): Promise<void> {
    const trail = await all<TierAuditEntry>('/tier-audits', filters);
    const { periods, series } = flowsByPeriod(trail.items);
    const overrides = trail.items.filter((entry) => entry.override).length;
    replace(
      results,
      el(
        'p',
        { 'data-testid': 'tier-trail-summary' },
        `${trail.total} decisions, ${overrides} overrides (${percent(trail.items.length === 0 ? null : overrides / trail.items.length)})`,
      ),
      chartWithTable('tier-flows', 'month: tier flows and override rate', periods, series),
      table(
        'tier-trail',
        [
          'Effective',
          'Customer',
          'Segment',
          'From',
          'To',
          'Computed',
          'Override',
          'Decided by',
          'Committee',
          'Reason',
        ],
        trail.items.map((entry) => [
          entry.effectiveAt,
          entry.customerId,
          entry.scheme,
          entry.fromTier,
          entry.toTier,
          entry.computedTier,
          entry.override ? `yes: ${entry.overrideReason ?? ''}` : 'no',
          entry.decidedBy,
          entry.committee.join(', '),
          entry.reason,
        ]),
      ),
    );
  }

  const member = hasRole(session, 'committee-member');
  async function showReviews(minPosition?: string): Promise<void> {
    const open = await get<Page<TierReview>>('/tier-reviews', { status: 'open', limit: 200, minPosition });
    replace(
      reviews,
      el('h2', {}, `Open reviews (${open.total})`),
      table(
        'open-reviews-table',
        ['Opened', 'Customer', 'Requested by', 'Computed', 'Proposed', 'Rationale', 'Votes', ''],
        open.items.map((review) => [
          review.openedAt,
          review.customerId,
          review.requestedBy,
          review.computedTier,
          review.proposedTier,
          review.rationale,
          el(
            'ul',
            { 'data-testid': 'votes' },
            ...review.votes.map((vote) =>
              el(
                'li',
                {},
                `${vote.memberId}: ${vote.vote}${vote.tier === null ? '' : ` ${vote.tier}`} — ${vote.reason}`,
              ),
            ),
          ),
          member &&
          review.requestedBy !== session.sub &&
          !review.votes.some((vote) => vote.memberId === session.sub)
            ? voteForm(review)
            : '',
        ]),
      ),
    );
  }

  function voteForm(review: TierReview): HTMLFormElement {
    const message = el('span', { class: 'error' });
    const form: HTMLFormElement = el(
      'form',
      {
        class: 'vote',
        'data-testid': 'vote-form',
        onsubmit: (event: Event) => {
          event.preventDefault();
          const { vote = 'approve', tier, reason = '' } = formValues(form);
          const body = { vote, reason, ...(vote === 'approve' && tier !== undefined && { tier }) };
          const path = `/customers/${review.customerId}/tier-reviews/${review.reviewId}/votes`;
          post<{ position: string }>(path, body).then(
            ({ position }) =>
              Promise.all([
                showReviews(position),
                showTrail({ ...formValues(filters), minPosition: position }),
              ]),
            (error: unknown) => replace(message, errorText(error)),
          );
        },
      },
      select('vote', ['approve', 'reject'], 'approve'),
      select('tier', TIERS, review.proposedTier),
      input('reason', '', 'reason'),
      el('button', { type: 'submit' }, 'Cast vote'),
      message,
    );
    return form;
  }
  replace(page, el('h1', {}, 'Tier-change trail'), filters, results, reviews);
  await Promise.all([showTrail({}), showReviews()]);
}

function errorText(error: unknown): HTMLElement {
  return el('p', { class: 'error' }, error instanceof Error ? error.message : String(error));
}
