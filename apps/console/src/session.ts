/** The signed-in caller: the bearer token the user pasted (or the development sign-in minted). */
export interface Session {
  token: string;
  sub: string;
  roles: string[];
  branchId?: string;
}

const KEY = 'ledger-console-token';

/** Reads the claims to choose pages; the api verifies the token on every call, the console never trusts it. */
export function sessionOf(token: string): Session | null {
  const payload = token.split('.')[1];
  if (payload === undefined) return null;
  try {
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const claims = JSON.parse(new TextDecoder().decode(Uint8Array.from(json, (c) => c.charCodeAt(0)))) as {
      sub?: unknown;
      roles?: unknown;
      branchId?: unknown;
    };
    if (typeof claims.sub !== 'string' || !Array.isArray(claims.roles)) return null;
    return {
      token,
      sub: claims.sub,
      roles: claims.roles.filter((role): role is string => typeof role === 'string'),
      ...(typeof claims.branchId === 'string' && { branchId: claims.branchId }),
    };
  } catch {
    return null;
  }
}

// sessionStorage: the token lives as long as the tab, never on disk beyond it.
export function currentSession(): Session | null {
  const token = sessionStorage.getItem(KEY);
  return token === null ? null : sessionOf(token);
}

export function signIn(token: string): Session | null {
  const session = sessionOf(token.trim());
  if (session !== null) sessionStorage.setItem(KEY, session.token);
  return session;
}

export function signOut(): void {
  sessionStorage.removeItem(KEY);
}

export function hasRole(session: Session, ...roles: string[]): boolean {
  return session.roles.some((role) => roles.includes(role));
}
