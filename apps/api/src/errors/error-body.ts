/**
 * One fact behind a refusal. The 400 body named it first (`field`, `problems`); 409 and 422 use the
 * same shape so a client reads every error one way. `value` is the fact itself where it helps
 * (an id, a revision), never personal data.
 */
export interface ErrorDetail {
  field: string;
  problems: string[];
  value?: string | number | boolean | null;
}

/** The one error shape every route answers with (DESIGN §4). */
export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
  code?: string;
  details?: ErrorDetail[];
}

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export function errorBody(statusCode: number, message: string, extra: Partial<ErrorBody> = {}): ErrorBody {
  return { statusCode, error: REASONS[statusCode] ?? 'Error', message, ...extra };
}

type Scalar = string | number | boolean | null;

/**
 * A domain error's facts ({ holdingId: 'h-1' }) as details: one per fact, the refusal as its problem.
 * A `field` fact names the field itself rather than being one.
 */
export function detailsOf(facts: unknown, problem: string): ErrorDetail[] | undefined {
  if (facts === null || typeof facts !== 'object' || Array.isArray(facts)) return undefined;
  const entries = Object.entries(facts as Record<string, Scalar>);
  if (entries.length === 0) return undefined;
  return entries.map(([key, value]) =>
    key === 'field' && typeof value === 'string'
      ? { field: value, problems: [problem] }
      : { field: key, problems: [problem], value },
  );
}
