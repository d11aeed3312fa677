import { loadConfig } from '@ledger/config';
import { signToken } from '../auth/development-token';
import { isRole, ROLES, type Role } from '../auth/roles';
import { jwtSecret } from '../auth/token-verifier';

// npm run token -- --role auditor [--role admin] --sub alice [--ttl 8h] [--branch branch-sh-pudong]
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const roles: Role[] = [];
  let sub = 'developer';
  let ttl = '8h';
  let branchId: string | undefined;
  for (let i = 0; i < args.length; i += 2) {
    const [flag, value] = [args[i], args[i + 1]];
    if (value === undefined) throw new Error(`${flag ?? ''} needs a value`);
    if (flag === '--role') {
      if (!isRole(value)) throw new Error(`--role must be one of ${ROLES.join(', ')}`);
      roles.push(value);
    } else if (flag === '--sub') sub = value;
    else if (flag === '--ttl') ttl = value;
    else if (flag === '--branch') branchId = value;
    else throw new Error(`unknown option ${flag ?? ''}`);
  }
  if (roles.length === 0) throw new Error(`give at least one --role (${ROLES.join(', ')})`);
  const config = loadConfig();
  if (config.jwt.jwksUrl !== undefined)
    throw new Error('tokens come from your identity provider when JWT_JWKS_URL is set');
  if (roles.includes('branch-head') && branchId === undefined)
    throw new Error('a branch-head token needs --branch <branchId>');
  console.log(await signToken(jwtSecret(config), sub, roles, ttl, branchId));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
