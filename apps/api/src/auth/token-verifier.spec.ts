import { SignJWT } from 'jose';
import type { LedgerConfig } from '@ledger/config';
import { DEFAULT_POLICIES } from '@ledger/domain';
import { InvalidToken, TokenVerifier } from './token-verifier';
import { VerifiedTokens } from './verified-tokens';

const SECRET = 'token-verifier-spec-secret-with-enough-entropy';
const config: LedgerConfig = {
  port: 0,
  dataDir: './data',
  jwt: { secret: SECRET },
  logLevel: 'error',
  policies: DEFAULT_POLICIES,
};
const T0 = Date.parse('2026-03-01T09:00:00.000Z');
const seconds = (ms: number) => Math.floor(ms / 1000);

function token(expiresAt: number, secret = SECRET): Promise<string> {
  return new SignJWT({ roles: ['relationship-manager', 'not-a-role'] })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('rm-li')
    .setIssuedAt(seconds(T0))
    .setExpirationTime(seconds(expiresAt))
    .sign(new TextEncoder().encode(secret));
}

describe('TokenVerifier', () => {
  it('answers the caller of a valid token, a new object each time (the guard amends it)', async () => {
    const verifier = new TokenVerifier(config, () => T0);
    const bearer = await token(T0 + 3_600_000);
    for (let request = 0; request < 3; request++) {
      const caller = await verifier.verify(bearer);
      expect(caller).toEqual({ id: 'rm-li', roles: ['relationship-manager'] });
      caller.actingRole = 'relationship-manager';
      caller.roles.push('admin');
    }
  });

  it("carries a branch head's branchId claim, from the signature and from the cache alike", async () => {
    const verifier = new TokenVerifier(config, () => T0);
    const bearer = await new SignJWT({ roles: ['branch-head'], branchId: 'branch-sh-pudong' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('head-pd')
      .setExpirationTime(seconds(T0 + 3_600_000))
      .sign(new TextEncoder().encode(SECRET));
    const expected = { id: 'head-pd', roles: ['branch-head'], branchId: 'branch-sh-pudong' };
    await expect(verifier.verify(bearer)).resolves.toEqual(expected);
    await expect(verifier.verify(bearer)).resolves.toEqual(expected);
    await expect(verifier.verify(await token(T0 + 3_600_000))).resolves.not.toHaveProperty('branchId');
  });

  it('refuses a token it accepted once it has expired', async () => {
    let now = T0;
    const verifier = new TokenVerifier(config, () => now);
    const bearer = await token(T0 + 30_000);
    await expect(verifier.verify(bearer)).resolves.toMatchObject({ id: 'rm-li' });
    now = T0 + 29_000;
    await expect(verifier.verify(bearer)).resolves.toMatchObject({ id: 'rm-li' });
    now = T0 + 30_000;
    await expect(verifier.verify(bearer)).rejects.toThrow(InvalidToken);
  });

  it('refuses a token signed with another secret, every time', async () => {
    const verifier = new TokenVerifier(config, () => T0);
    const forged = await token(T0 + 3_600_000, 'another-secret-with-enough-entropy-0123456789');
    await expect(verifier.verify(forged)).rejects.toThrow(InvalidToken);
    await expect(verifier.verify(forged)).rejects.toThrow(InvalidToken);
  });
});

describe('VerifiedTokens', () => {
  const caller = { id: 'rm-li', roles: ['relationship-manager' as const] };

  it('keeps at most its capacity, dropping the oldest', () => {
    const tokens = new VerifiedTokens(2);
    for (const text of ['a', 'b', 'c']) tokens.remember(text, caller, T0, undefined);
    expect(tokens.size).toBe(2);
    expect(tokens.get('a', T0)).toBeUndefined();
    expect(tokens.get('c', T0)).toEqual(caller);
  });

  it('trusts a verification for a minute at most, however long the token lives', () => {
    const tokens = new VerifiedTokens();
    tokens.remember('t', caller, T0, seconds(T0 + 8 * 3_600_000));
    expect(tokens.get('t', T0 + 59_999)).toEqual(caller);
    expect(tokens.get('t', T0 + 60_000)).toBeUndefined();
  });
});
