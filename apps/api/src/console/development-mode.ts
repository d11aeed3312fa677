import { type LedgerConfig, usesServerStores } from '@ledger/config';

/**
 * The embedded development mode: embedded stores and no token setting, so tokens are signed with
 * the public development secret anyway. Only then does the api mint tokens for the console's
 * development sign-in; with JWT_SECRET, a JWKS or server stores the route does not exist.
 */
export function isDevelopmentMode(config: LedgerConfig): boolean {
  return config.jwt.secret === undefined && config.jwt.jwksUrl === undefined && !usesServerStores(config);
}
