import { createRemoteJWKSet, jwtVerify, type JWTPayload } from 'jose';
import type { LedgerConfig } from '@ledger/config';
import { isRole, type Caller } from './roles';

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
  if (config.eventStoreUrl !== undefined || config.mongodbUrl !== undefined) {
    throw new Error('configuration JWT_SECRET: set JWT_SECRET or JWT_JWKS_URL outside the embedded mode');
  }
  return DEVELOPMENT_JWT_SECRET;
}

/** Verifies bearer tokens: HS256 with a shared secret, or RS/ES keys from a JWKS URL with issuer and audience. */
export class TokenVerifier {
  private readonly verifyJwt: (token: string) => Promise<JWTPayload>;

  constructor(config: LedgerConfig) {
    const options = { issuer: config.jwt.issuer, audience: config.jwt.audience };
    if (config.jwt.jwksUrl !== undefined) {
      const keys = createRemoteJWKSet(new URL(config.jwt.jwksUrl));
      this.verifyJwt = async (token) => (await jwtVerify(token, keys, options)).payload;
    } else {
      const secret = new TextEncoder().encode(jwtSecret(config));
      this.verifyJwt = async (token) =>
        (await jwtVerify(token, secret, { ...options, algorithms: ['HS256'] })).payload;
    }
  }

  async verify(token: string): Promise<Caller> {
    let payload: JWTPayload;
    try {
      payload = await this.verifyJwt(token);
    } catch (error) {
      throw new InvalidToken(error instanceof Error ? error.message : 'invalid token');
    }
    const roles = Array.isArray(payload['roles']) ? payload['roles'].filter(isRole) : [];
    if (typeof payload.sub !== 'string' || payload.sub === '') throw new InvalidToken('the token has no sub');
    return { id: payload.sub, roles };
  }
}
