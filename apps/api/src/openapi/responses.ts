import type {
  OpenAPIObject,
  OperationObject,
  SchemaObject,
} from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';

const ERROR_REF = { $ref: '#/components/schemas/ErrorBody' };

/** The one error body (apps/api/src/errors/error-body.ts), as every 4xx and 5xx answers it. */
export const ERROR_SCHEMAS: Record<string, SchemaObject> = {
  ErrorBody: {
    type: 'object',
    required: ['statusCode', 'error', 'message'],
    properties: {
      statusCode: { type: 'integer', minimum: 400, maximum: 599 },
      error: { type: 'string', example: 'Bad Request' },
      message: { type: 'string' },
      code: { type: 'string', description: 'stable machine-readable reason, e.g. WRONG_EXPECTED_REVISION' },
      details: { type: 'array', items: { $ref: '#/components/schemas/ErrorDetail' } },
    },
  },
  ErrorDetail: {
    type: 'object',
    required: ['field', 'problems'],
    properties: {
      field: { type: 'string', description: 'dotted path of the field concerned' },
      problems: { type: 'array', items: { type: 'string' } },
      // Any JSON scalar (null included), which OpenAPI 3.0 can only say by leaving the type open.
      value: { description: 'the fact concerned (an id, a revision): a string, number, boolean or null' },
    },
  },
  CommandResult: {
    type: 'object',
    required: ['customerId', 'revision', 'position'],
    properties: {
      customerId: { type: 'string', format: 'uuid' },
      revision: {
        type: 'integer',
        minimum: 0,
        description: "the customer's stream revision after the command",
      },
      position: { type: 'string', description: 'pass as ?minPosition= to read your own write' },
    },
  },
};

const REASONS: Record<string, string> = {
  '400': 'invalid input: the body, a parameter or the query breaks a rule',
  '401': 'no valid bearer token',
  '403': "the token has no role this route admits, or asks for another's book or branch",
  '404': "the customer, item or projection does not exist, or is outside the caller's scope",
  '409': 'a conflict: stale expected revision, idempotency key reused, or state already changed',
  '422': 'a domain rule refuses the command',
  '503':
    'POSITION_NOT_REACHED: the read models did not reach ?minPosition= within 5 s; retry shortly (nothing is wrong with the request)',
};

function errorsFor(path: string, method: string, isPublic: boolean, operation: OperationObject): string[] {
  const codes = ['400'];
  if (!isPublic) codes.push('401', '403');
  const isCommand = method !== 'get';
  if (path.includes('{')) codes.push('404');
  if (isCommand) codes.push('409');
  if (operation.requestBody !== undefined) codes.push('422');
  if (!isCommand && !isPublic) codes.push('503');
  return [...new Set(codes)];
}

/** The 2xx body of routes whose controllers do not declare one (a generic JSON document otherwise). */
function successBody(path: string, method: string, operation: OperationObject): Record<string, unknown> {
  if (path === '/events') {
    return {
      'text/event-stream': {
        schema: { type: 'string', description: 'Server-Sent Events: see /asyncapi.json' },
      },
    };
  }
  if (path === '/metrics') return { 'text/plain': { schema: { type: 'string' } } };
  if (method !== 'get' && operation.requestBody !== undefined) {
    return { 'application/json': { schema: { $ref: '#/components/schemas/CommandResult' } } };
  }
  return { 'application/json': { schema: { type: 'object', additionalProperties: true } } };
}

/** Every operation: its error answers, its 2xx body, and no bearer requirement where the route is public. */
export function declareResponses(document: OpenAPIObject, publicPaths: Set<string>): void {
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item) as [string, OperationObject][]) {
      if (typeof operation !== 'object' || operation.responses === undefined) continue;
      const isPublic = publicPaths.has(path);
      if (isPublic) operation.security = [];
      for (const [status, response] of Object.entries(operation.responses)) {
        if (response === undefined || '$ref' in response) continue;
        if (status.startsWith('2') && response.content === undefined) {
          response.content = successBody(path, method, operation) as never;
        }
      }
      for (const code of errorsFor(path, method, isPublic, operation)) {
        operation.responses[code] ??= {
          description: REASONS[code] ?? 'error',
          content: { 'application/json': { schema: ERROR_REF } },
        };
      }
    }
  }
}
