import { get } from '../api';
import { el, replace } from '../dom';
import { hasRole, type Session } from '../session';
import { type Customer360, money } from '../views';

/** The 360 view's main facts as a definition list; the timeline shows the same list as of an event. */
export function customerFacts(view: Customer360): HTMLElement {
  const facts: [string, string][] = [
    ['Name', view.name],
    ['Segment', view.segment],
    ['Tier', `${view.tier} since ${view.tierSince.slice(0, 10)}`],
    ['Phone', view.phone],
    ['ID number', view.idNumber],
    ['Manager', `${view.relationshipManagerId} · ${view.branchId}`],
    ['Assets', money(view.totalFinancialAssets)],
    ['Holdings', String(view.holdings.length)],
    ['Last contact', view.lastContactAt ?? '—'],
    ['Next contact due', view.nextContactDue ?? '—'],
    ['Status', `${view.status}${view.overdue ? ' · overdue' : ''} · ${view.lifecycle}`],
    ['Revision', String(view.revision)],
  ];
  return el(
    'dl',
    { class: 'facts', 'data-testid': 'customer-360' },
    ...facts.flatMap(([name, value]) => [el('dt', {}, name), el('dd', { 'data-field': name }, value)]),
  );
}

export async function renderCustomer(
  page: HTMLElement,
  session: Session,
  customerId?: string,
): Promise<void> {
  if (customerId === undefined) throw new Error('no customer chosen');
  const view = await get<Customer360>(`/customers/${encodeURIComponent(customerId)}`);
  replace(
    page,
    el('h1', {}, view.name),
    customerFacts(view),
    hasRole(session, 'auditor', 'admin')
      ? el('a', { href: `#/timeline/${customerId}` }, 'Open the timeline')
      : null,
  );
}
