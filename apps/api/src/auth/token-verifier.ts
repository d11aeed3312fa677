import { createSecretKey } from 'node:crypto';
import { createRemoteJWKSet, jwtVerify, type JWTPayload } from 'jose';
import { type LedgerConfig, usesServerStores } from '@ledger/config';
import { isRole, type Caller } from './roles';
import { VerifiedTokens } from './verified-tokens';

/** Development-only signing secret for the embedded mode; production must set JWT_SECRET or JWT_JWKS_URL. */
export const DEVELOPMENT_JWT_SECRET = 'relationship-ledger-development-secret-not-for-production';

export class InvalidToken extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'InvalidToken';
  }
}

export function jwtSecret(config: LedgerConfig): string {
  if (config.jwt.secret !== undefined) return config.jwt.secret;
  if (usesServerStores(config)) {
    throw new Error('configuration JWT_SECRET: set JWT_SECRET or JWT_JWKS_URL outside the embedded mode');
  }
  return DEVELOPMENT_JWT_SECRET;
}

/** Verifies bearer tokens: HS256 with a shared secret, or RS/ES keys from a JWKS URL with issuer and audience. */
export class TokenVerifier {
  private readonly verifyJwt: (token: string, now: Date) => Promise<JWTPayload>;
  private readonly verified = new VerifiedTokens();

  /** `now` is the clock expiry is judged by (tests pin it). */
  constructor(
    config: LedgerConfig,
    private readonly now: () => number = Date.now,
  ) {
    const options = { issuer: config.jwt.issuer, audience: config.jwt.audience };
    if (config.jwt.jwksUrl !== undefined) {
      const keys = createRemoteJWKSet(new URL(config.jwt.jwksUrl));
      this.verifyJwt = async (token, currentDate) =>
        (await jwtVerify(token, keys, { ...options, currentDate })).payload;
    } else {
      // A KeyObject made once: given bytes, jose would build one for every token.
      const secret = createSecretKey(Buffer.from(jwtSecret(config), 'utf8'));
      this.verifyJwt = async (token, currentDate) =>
        (await jwtVerify(token, secret, { ...options, currentDate, algorithms: ['HS256'] })).payload;
    }
  }

  async verify(token: string): Promise<Caller> {
    const now = this.now();
    const known = this.verified.get(token, now);
    if (known !== undefined) return known;
    let payload: JWTPayload;
    try {
      payload = await this.verifyJwt(token, new Date(now));
    } catch (error) {
      throw new InvalidToken(error instanceof Error ? error.message : 'invalid token');
    }
    const roles = Array.isArray(payload['roles']) ? payload['roles'].filter(isRole) : [];
    if (typeof payload.sub !== 'string' || payload.sub === '') throw new InvalidToken('the token has no sub');
    const branchId = payload['branchId'];
    const caller: Caller = { id: payload.sub, roles };
    if (typeof branchId === 'string' && branchId !== '') caller.branchId = branchId;
    this.verified.remember(token, caller, now, payload.exp);
    return caller;
  }
}
