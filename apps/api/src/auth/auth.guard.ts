import {
  type CanActivate,
  type ExecutionContext,
  ForbiddenException,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { InvalidToken, TokenVerifier } from './token-verifier';
import { type Caller, PUBLIC_KEY, type Role, ROLES_KEY } from './roles';

interface AuthenticatedRequest {
  headers: Record<string, string | string[] | undefined>;
  caller?: Caller;
}

/** One guard for every route: 401 without a valid bearer token, 403 without one of the route's roles. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: TokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets) === true) return true;

    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const header = request.headers['authorization'];
    const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    if (match?.[1] === undefined) throw new UnauthorizedException('a bearer token is required');
    try {
      request.caller = await this.verifier.verify(match[1]);
    } catch (error) {
      if (error instanceof InvalidToken) throw new UnauthorizedException(`invalid token: ${error.message}`);
      throw error;
    }

    const admitted = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets) ?? [];
    const actingRole = request.caller.roles.find((role) => admitted.includes(role));
    if (actingRole === undefined)
      throw new ForbiddenException(`this route admits ${admitted.join(', ') || 'no role'}`);
    request.caller.actingRole = actingRole;
    return true;
  }
}
