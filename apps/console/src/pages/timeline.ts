import { all, get, type Page } from '../api';
import { el, replace, table } from '../dom';
import type { Session } from '../session';
import type { Customer360 } from '../views';
import { customerFacts } from './customer';

interface HistoryItem {
  eventId: string;
  type: string;
  revision: number;
  position: string;
  data: Record<string, unknown>;
  metadata: {
    occurredAt?: string;
    recordedAt: string;
    hash: string;
    actor?: { id?: string; role?: string };
  };
}

interface Verification {
  valid: boolean;
  events: number;
  headHash: string;
  brokenAt?: number;
}

interface AccessLogEntry {
  at: string;
  view: string;
  accessedBy: string;
  role: string;
}

/** The access log reads at most 31 days; the console asks for the last 30. */
const ACCESS_LOG_DAYS = 30;

/**
 * What the chain says of one event: the verify route names the first revision that does not
 * verify, so every event before it is verified and it and every later one are not.
 */
export function badgeOf(revision: number, verification: Verification): 'verified' | 'broken' {
  return verification.valid || verification.brokenAt === undefined || revision < verification.brokenAt
    ? 'verified'
    : 'broken';
}

/** Auditors: the customer's events in order; pick one for the 360 view as of it (?asOf=). */
export async function renderTimeline(
  page: HTMLElement,
  _session: Session,
  customerId?: string,
): Promise<void> {
  if (customerId === undefined) throw new Error('no customer chosen');
  const id = encodeURIComponent(customerId);
  const [history, verification] = await Promise.all([
    all<HistoryItem>(`/customers/${id}/history`),
    get<Verification>(`/customers/${id}/history/verify`),
  ]);
  const state = el('section', { class: 'as-of', 'data-testid': 'as-of' });
  const heading = el('h1', {}, `Timeline of ${customerId}`);
  const events = el('ol', { class: 'timeline', 'data-testid': 'timeline' });

  async function pick(event: HistoryItem, item: HTMLElement): Promise<void> {
    for (const other of events.children) other.classList.remove('selected');
    item.classList.add('selected');
    replace(state, el('p', { class: 'loading' }, 'Replaying…'));
    const view = await get<Customer360>(`/customers/${id}`, { asOf: event.metadata.recordedAt });
    replace(heading, `Timeline of ${view.name} `, el('small', {}, customerId));
    replace(
      state,
      el(
        'h2',
        { 'data-testid': 'as-of-heading' },
        `As of #${event.revision} ${event.type} (recorded ${event.metadata.recordedAt})`,
      ),
      customerFacts(view),
    );
  }

  const items = history.items.map((event) => {
    const badge = badgeOf(event.revision, verification);
    const item = el(
      'li',
      { 'data-testid': 'event', 'data-revision': event.revision },
      el(
        'button',
        {
          type: 'button',
          onclick: () =>
            void pick(event, item).catch((error: unknown) =>
              replace(state, el('p', { class: 'error' }, String(error))),
            ),
        },
        el('span', { class: 'revision' }, `#${event.revision}`),
        el('span', { class: 'type' }, event.type),
        el(
          'span',
          { class: `badge ${badge}`, 'data-testid': 'chain-badge', title: `hash ${event.metadata.hash}` },
          badge === 'verified' ? '✔ chain verified' : '✘ chain broken',
        ),
      ),
      el(
        'div',
        { class: 'meta' },
        `by ${event.metadata.actor?.id ?? 'system'}${event.metadata.actor?.role === undefined ? '' : ` (${event.metadata.actor.role})`}`,
        ` · occurred ${event.metadata.occurredAt ?? '—'} · recorded ${event.metadata.recordedAt}`,
      ),
    );
    return item;
  });
  events.replaceChildren(...items);

  const from = new Date(Date.now() - ACCESS_LOG_DAYS * 86_400_000).toISOString();
  const reads = await get<Page<AccessLogEntry>>('/access-log', { customerId, from, limit: 200 });
  replace(
    page,
    heading,
    el(
      'p',
      { 'data-testid': 'chain-summary', class: verification.valid ? 'ok' : 'error' },
      verification.valid
        ? `Hash chain verified over ${verification.events} events (head ${verification.headHash.slice(0, 12)}…)`
        : `Hash chain broken at revision ${verification.brokenAt ?? '?'}`,
    ),
    el('div', { class: 'columns' }, events, state),
    el('h2', {}, `Who read this customer (last ${ACCESS_LOG_DAYS} days)`),
    table(
      'access-log',
      ['At', 'Reader', 'Role', 'View'],
      reads.items.map((entry) => [entry.at, entry.accessedBy, entry.role, entry.view]),
    ),
  );
  const latest = history.items.at(-1);
  const latestItem = items.at(-1);
  if (latest !== undefined && latestItem !== undefined) await pick(latest, latestItem);
}
