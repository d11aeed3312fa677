import { SignJWT } from 'jose';
import type { Role } from './roles';

/** Signs an HS256 token with the given secret: what `npm run token` prints and the e2e tests send. */
export async function signToken(
  secret: string,
  sub: string,
  roles: readonly Role[],
  ttl = '8h',
  branchId?: string,
): Promise<string> {
  return new SignJWT({ roles: [...roles], ...(branchId !== undefined && { branchId }) })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(sub)
    .setIssuedAt()
    .setExpirationTime(ttl)
    .sign(new TextEncoder().encode(secret));
}
