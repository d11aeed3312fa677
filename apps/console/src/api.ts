import { currentSession } from './session';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export interface Page<T> {
  items: T[];
  page: number;
  limit: number;
  total: number;
}

type Params = Record<string, string | number | undefined>;

function url(path: string, params: Params): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value !== undefined) query.set(name, String(value));
  const search = query.toString();
  return search === '' ? path : `${path}?${search}`;
}

/** Calls the JSON API as the signed-in caller; what a page shows is what the API answered, masks included. */
export async function call<T>(
  method: 'GET' | 'POST',
  path: string,
  params: Params = {},
  body?: unknown,
): Promise<T> {
  const session = currentSession();
  const headers: Record<string, string> = {};
  if (session !== null) headers['Authorization'] = `Bearer ${session.token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(url(path, params), {
    method,
    headers,
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  const json: unknown = text === '' ? null : JSON.parse(text);
  if (!response.ok) {
    const message = (json as { message?: unknown } | null)?.message;
    throw new ApiError(
      response.status,
      `${response.status}: ${Array.isArray(message) ? message.join('; ') : String(message ?? response.statusText)}`,
    );
  }
  return json as T;
}

export const get = <T>(path: string, params: Params = {}): Promise<T> => call<T>('GET', path, params);
export const post = <T>(path: string, body: unknown): Promise<T> => call<T>('POST', path, {}, body);

/** Every page of a paged list route (at most `maxPages` of 200). */
export async function all<T>(path: string, params: Params = {}, maxPages = 10): Promise<Page<T>> {
  const first = await get<Page<T>>(path, { ...params, limit: 200, page: 1 });
  const items = [...first.items];
  for (let page = 2; page <= maxPages && items.length < first.total; page++) {
    items.push(...(await get<Page<T>>(path, { ...params, limit: 200, page })).items);
  }
  return { ...first, items };
}
