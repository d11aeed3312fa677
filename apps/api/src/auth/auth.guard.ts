import {
  type CanActivate,
  type ExecutionContext,
  ForbiddenException,
  Inject,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { InvalidToken, TokenVerifier } from './token-verifier';
import { CLOCK, type Clock } from '../infrastructure/tokens';
import { type Caller, PUBLIC_KEY, type Role, ROLES_KEY } from './roles';

interface AuthenticatedRequest {
  headers: Record<string, string | string[] | undefined>;
  caller?: Caller;
  /** When the request arrived by the app's clock (ISO 8601): a command's default business time. */
  receivedAt?: string;
}

/** One guard for every route: 401 without a valid bearer token, 403 without one of the route's roles. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: TokenVerifier,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets) === true) return true;

    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    // Read once, here, from the clock the whole app shares (tests and sweeps pin it).
    request.receivedAt = this.clock.now().toISOString();
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
