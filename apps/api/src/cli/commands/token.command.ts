import type { LedgerConfig } from '@ledger/config';
import { signToken } from '../../auth/development-token';
import { isRole, ROLES, type Role } from '../../auth/roles';
import { jwtSecret } from '../../auth/token-verifier';
import { CliFailure, EXIT } from '../exit-codes';

export interface TokenOptions {
  role: string[];
  sub: string;
  ttl: string;
  branch?: string;
}

/** A development token signed with the api's own secret; refused where an identity provider signs them. */
export async function developmentToken(options: TokenOptions, config: LedgerConfig): Promise<string> {
  const roles: Role[] = [];
  for (const role of options.role) {
    if (!isRole(role)) throw new CliFailure(`--role must be one of ${ROLES.join(', ')}`, EXIT.usage);
    roles.push(role);
  }
  if (roles.length === 0) throw new CliFailure(`give at least one --role (${ROLES.join(', ')})`, EXIT.usage);
  if (config.jwt.jwksUrl !== undefined)
    throw new CliFailure('tokens come from your identity provider when JWT_JWKS_URL is set', EXIT.usage);
  if (roles.includes('branch-head') && options.branch === undefined)
    throw new CliFailure('a branch-head token needs --branch <branchId>', EXIT.usage);
  return signToken(jwtSecret(config), options.sub, roles, options.ttl, options.branch);
}
