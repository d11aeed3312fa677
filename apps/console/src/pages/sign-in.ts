import { ApiError, post } from '../api';
import { el, field, input, replace, select } from '../dom';
import { signIn } from '../session';

const ROLES = [
  'auditor',
  'committee-member',
  'branch-head',
  'relationship-manager',
  'call-center',
  'admin',
] as const;

function enter(token: string, message: HTMLElement): void {
  if (signIn(token) === null) {
    replace(message, 'That is not a bearer token (a JWT with sub and roles).');
    return;
  }
  location.hash = '#/';
}

/** Paste a bearer token; in the embedded development mode, or let the api mint one for a role. */
export async function renderSignIn(page: HTMLElement): Promise<void> {
  const message = el('p', { class: 'error', 'data-testid': 'sign-in-message' });
  const token = el('textarea', { name: 'token', rows: 4, placeholder: 'eyJhbGciOiJIUzI1NiIs…' });
  const pasted = el(
    'form',
    {
      'data-testid': 'token-sign-in',
      onsubmit: (event: Event) => {
        event.preventDefault();
        enter(token.value, message);
      },
    },
    el('h2', {}, 'Sign in with a bearer token'),
    field('Token', token),
    el('button', { type: 'submit' }, 'Sign in'),
  );
  const role = select('role', ROLES, 'auditor');
  const sub = input('sub', 'auditor-sun', 'subject, e.g. rm-li');
  const branch = input('branchId', '', 'branch (branch heads)');
  const development = el(
    'form',
    {
      'data-testid': 'development-sign-in',
      onsubmit: (event: Event) => {
        event.preventDefault();
        const body = {
          role: role.value,
          sub: sub.value,
          ...(branch.value !== '' && { branchId: branch.value }),
        };
        post<{ token: string }>('/development/tokens', body).then(
          ({ token: minted }) => enter(minted, message),
          (error: unknown) =>
            replace(
              message,
              error instanceof ApiError && error.status === 404
                ? 'The development sign-in exists only in the embedded development mode (no JWT_SECRET, no JWKS).'
                : String(error instanceof Error ? error.message : error),
            ),
        );
      },
    },
    el('h2', {}, 'Development sign-in'),
    el('p', { class: 'hint' }, 'Embedded mode only: the api signs a token with its development secret.'),
    field('Role', role),
    field('Subject', sub),
    field('Branch', branch),
    el('button', { type: 'submit' }, 'Sign in as this role'),
  );
  replace(page, el('div', { class: 'sign-in' }, pasted, development), message);
}
