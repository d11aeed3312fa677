import type { CommandRequest } from './command-request.decorator';

/**
 * A register's claim or release is not answered from the request's Idempotency-Key: a retried
 * request finds its own claim and records nothing, and a release never collides with the claim's
 * event id. Both registers (idNumber, holding attribution) decide with the request this way.
 */
export function unkeyed(request: CommandRequest): CommandRequest {
  return { ...request, context: { correlationId: request.context.correlationId } };
}
