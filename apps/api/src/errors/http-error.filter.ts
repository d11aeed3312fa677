import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DuplicateEventId, InvalidAppend, InvalidPosition, WrongExpectedRevision } from '@ledger/event-store';
import { PositionNotReached, StreamNotParked, UnknownProjection } from '@ledger/projection-runtime';
import { InvalidInput } from '../validation/validation.pipe';
import { detailsOf, type ErrorBody, errorBody } from './error-body';

/** Domain errors carry a stable code and a kind; the kind alone decides the status. */
const STATUS_BY_KIND: Record<string, number> = {
  'not-found': 404,
  conflict: 409,
  rule: 422,
  unavailable: 503,
};

interface CodedError {
  code: string;
  kind?: string;
  message: string;
  details?: unknown;
}

function isCoded(error: unknown): error is CodedError {
  return error instanceof Error && typeof (error as Partial<CodedError>).code === 'string';
}

/** Maps every error to HTTP at one edge. Anything unrecognised is a 500 and is logged with its stack. */
export function toErrorBody(error: unknown): ErrorBody {
  if (error instanceof InvalidInput) return errorBody(400, error.message, { details: error.details });
  if (error instanceof HttpException) {
    const response = error.getResponse();
    const message = typeof response === 'string' ? response : error.message;
    return errorBody(error.getStatus(), message);
  }
  if (error instanceof WrongExpectedRevision) {
    return errorBody(409, error.message, {
      code: error.code,
      details: [
        {
          field: 'expectedRevision',
          problems: ['is not the revision of the stream'],
          value: String(error.expected),
        },
        {
          field: 'currentRevision',
          problems: ['the revision the stream is at'],
          value: String(error.actual),
        },
      ],
    });
  }
  if (error instanceof DuplicateEventId) return errorBody(409, error.message, { code: error.code });
  if (error instanceof InvalidAppend)
    return errorBody(400, error.message, {
      code: error.code,
      details: [{ field: error.field, problems: [error.message] }],
    });
  if (error instanceof InvalidPosition) return errorBody(400, error.message, { code: error.code });
  // The read models did not reach ?minPosition= within the bounded wait: retry shortly, nothing is wrong with the request.
  if (error instanceof PositionNotReached) return errorBody(503, error.message, { code: error.code });
  // The ops levers name a projection and a stream: unknown names are the client's, not ours.
  if (error instanceof UnknownProjection) return errorBody(404, error.message, { code: error.code });
  if (error instanceof StreamNotParked) return errorBody(409, error.message, { code: error.code });
  if (isCoded(error) && error.kind !== undefined && STATUS_BY_KIND[error.kind] !== undefined) {
    const details = detailsOf(error.details, error.message);
    return errorBody(STATUS_BY_KIND[error.kind] as number, error.message, {
      code: error.code,
      ...(details === undefined ? {} : { details }),
    });
  }
  // Fastify's own client errors (malformed JSON, body too large, wrong content type) carry a 4xx statusCode.
  const statusCode = (error as { statusCode?: unknown } | null)?.statusCode;
  if (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500) {
    return errorBody(statusCode, error instanceof Error ? error.message : 'bad request');
  }
  return errorBody(500, 'internal error');
}

const logger = new Logger('HttpErrorFilter');

/**
 * Only a 500 is ours to investigate: it is logged with its stack. A documented 503 (the read models
 * did not reach ?minPosition= in time, a store unavailable) is a warning line without one.
 */
function logRefusal(body: ErrorBody, error: unknown): void {
  if (body.statusCode === 500) logger.error(error instanceof Error ? error.stack : String(error));
  else if (body.statusCode >= 500)
    logger.warn(`${body.statusCode} ${body.code ?? body.error}: ${body.message}`);
}

@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  catch(error: unknown, host: ArgumentsHost): void {
    const body = toErrorBody(error);
    logRefusal(body, error);
    void host.switchToHttp().getResponse<FastifyReply>().status(body.statusCode).send(body);
  }
}

/** Fastify's `frameworkErrors`: what it refuses before routing (a malformed URL) answers the same body. */
export function answerFrameworkError(error: Error, _request: FastifyRequest, reply: FastifyReply): void {
  const body = toErrorBody(error);
  const code = (error as { code?: unknown }).code;
  const answered = typeof code === 'string' && body.code === undefined ? { ...body, code } : body;
  logRefusal(answered, error);
  void reply.status(answered.statusCode).send(answered);
}
