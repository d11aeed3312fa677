import './styles.css';
import { el, replace } from './dom';
import { renderCustomer } from './pages/customer';
import { renderCustomers } from './pages/customers';
import { renderKpis } from './pages/kpis';
import { renderSignIn } from './pages/sign-in';
import { renderTierTrail } from './pages/tier-trail';
import { renderTimeline } from './pages/timeline';
import { renderWorklist } from './pages/worklist';
import { currentSession, hasRole, type Session, signOut } from './session';

interface Page {
  path: string;
  title: string;
  /** The roles the API admits for what the page reads. */
  roles: string[];
  render: (page: HTMLElement, session: Session, argument: string | undefined) => Promise<void>;
  inNav: boolean;
}

const PAGES: Page[] = [
  {
    path: 'customers',
    title: 'Customers',
    roles: ['relationship-manager', 'branch-head', 'call-center', 'committee-member', 'auditor', 'admin'],
    render: renderCustomers,
    inNav: true,
  },
  {
    path: 'customer',
    title: 'Customer',
    roles: ['relationship-manager', 'branch-head', 'call-center', 'committee-member', 'auditor', 'admin'],
    render: renderCustomer,
    inNav: false,
  },
  { path: 'timeline', title: 'Timeline', roles: ['auditor', 'admin'], render: renderTimeline, inNav: false },
  {
    path: 'tier-trail',
    title: 'Tier-change trail',
    roles: ['committee-member', 'auditor', 'admin'],
    render: renderTierTrail,
    inNav: true,
  },
  {
    path: 'kpis',
    title: 'KPIs',
    roles: ['committee-member', 'auditor', 'branch-head', 'relationship-manager', 'admin'],
    render: renderKpis,
    inNav: true,
  },
  {
    path: 'worklist',
    title: 'Worklist',
    roles: ['relationship-manager', 'branch-head', 'call-center', 'admin'],
    render: renderWorklist,
    inNav: true,
  },
];

/** Hash routes: #/<page>[/<argument>] (the api serves one index.html at /console). */
async function route(): Promise<void> {
  const bar = document.getElementById('bar') as HTMLElement;
  const page = document.getElementById('page') as HTMLElement;
  const [path = '', argument] = location.hash.replace(/^#\/?/, '').split('/');
  const session = currentSession();
  if (session === null || path === 'sign-in') {
    replace(bar, el('strong', {}, 'Relationship Ledger'));
    await renderSignIn(page);
    return;
  }
  const visible = PAGES.filter((one) => hasRole(session, ...one.roles));
  replace(
    bar,
    el('strong', {}, 'Relationship Ledger'),
    el(
      'nav',
      {},
      ...visible
        .filter((one) => one.inNav)
        .map((one) =>
          el('a', { href: `#/${one.path}`, class: one.path === path ? 'active' : '' }, one.title),
        ),
    ),
    el(
      'span',
      { class: 'who', 'data-testid': 'signed-in-as' },
      `${session.sub} · ${session.roles.join(', ')}${session.branchId === undefined ? '' : ` · ${session.branchId}`}`,
    ),
    el(
      'button',
      {
        type: 'button',
        onclick: () => {
          signOut();
          location.hash = '#/sign-in';
        },
      },
      'Sign out',
    ),
  );
  const chosen = visible.find((one) => one.path === path);
  if (chosen === undefined) {
    const first = visible.find((one) => one.inNav);
    if (first === undefined) replace(page, el('p', { class: 'error' }, 'No console page admits your roles.'));
    else location.hash = `#/${first.path}`;
    return;
  }
  document.title = `${chosen.title} · Relationship Ledger`;
  replace(page, el('p', { class: 'loading' }, 'Loading…'));
  try {
    await chosen.render(page, session, argument === undefined ? undefined : decodeURIComponent(argument));
  } catch (error) {
    replace(
      page,
      el(
        'p',
        { class: 'error', 'data-testid': 'error' },
        error instanceof Error ? error.message : String(error),
      ),
    );
  }
}

window.addEventListener('hashchange', () => void route());
void route();
