import { randomUUID } from 'node:crypto';
import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Actor } from '@ledger/domain';
import type { Caller } from '../auth/roles';
import { InvalidInput } from '../validation/validation.pipe';
import { requestHash } from './idempotency';
import type { RequestContext } from './decision';

/** Everything a command takes from the HTTP request besides its body. */
export interface CommandRequest {
  actor: Actor;
  /** When the request arrived (ISO 8601): the default business time of the command. */
  now: string;
  context: RequestContext;
}

interface IncomingRequest {
  caller?: Caller;
  /** Stamped by AuthGuard from the app's clock. */
  receivedAt?: string;
  method: string;
  url: string;
  body?: unknown;
  headers: Record<string, string | string[] | undefined>;
}

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;

export const CommandRequestOf = createParamDecorator(
  (_: unknown, execution: ExecutionContext): CommandRequest => {
    const request = execution.switchToHttp().getRequest<IncomingRequest>();
    const caller = request.caller;
    if (caller === undefined || request.receivedAt === undefined)
      throw new Error('CommandRequestOf used on a route without AuthGuard');
    const key = request.headers['idempotency-key'];
    if (key !== undefined && (typeof key !== 'string' || !IDEMPOTENCY_KEY.test(key))) {
      throw new InvalidInput([
        { field: 'Idempotency-Key', problems: ['must be 1-200 visible ASCII characters'] },
      ]);
    }
    const correlation = request.headers['x-correlation-id'];
    return {
      actor: { id: caller.id, role: caller.actingRole ?? caller.roles[0] ?? 'unknown' },
      now: request.receivedAt,
      context: {
        correlationId:
          typeof correlation === 'string' && IDEMPOTENCY_KEY.test(correlation) ? correlation : randomUUID(),
        idempotencyKey: key,
        requestHash:
          key === undefined ? undefined : requestHash(`${request.method} ${request.url}`, request.body),
      },
    };
  },
);
