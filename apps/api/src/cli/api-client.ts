import type { LedgerConfig } from '@ledger/config';
import { signToken } from '../auth/development-token';
import type { Role } from '../auth/roles';
import { jwtSecret } from '../auth/token-verifier';
import { CliFailure, EXIT } from './exit-codes';

export interface ApiOptions {
  api?: string;
  token?: string;
}

/** The api a command talks to, and the bearer token it sends. */
export interface ApiTarget {
  url: string;
  token: string;
}

/**
 * --api, else LEDGER_API_URL, else this machine's configured port. --token, else LEDGER_TOKEN, else —
 * only where the api signs its own development tokens — a short-lived one for the role the command needs.
 */
export async function apiTarget(
  options: ApiOptions,
  role: Role,
  config: LedgerConfig,
  env: NodeJS.ProcessEnv = process.env,
): Promise<ApiTarget> {
  const url = (options.api ?? env['LEDGER_API_URL'] ?? `http://localhost:${config.port}`).replace(/\/$/, '');
  const given = options.token ?? env['LEDGER_TOKEN'];
  if (given !== undefined && given !== '') return { url, token: given };
  if (config.jwt.jwksUrl !== undefined)
    throw new CliFailure(
      `give --token (or LEDGER_TOKEN): a ${role} token from your identity provider`,
      EXIT.usage,
    );
  return { url, token: await signToken(jwtSecret(config), 'ledger-cli', [role], '15m') };
}

export async function apiGet<T>(target: ApiTarget, path: string): Promise<T> {
  return call<T>(target, 'GET', path);
}

export async function apiPost<T>(target: ApiTarget, path: string): Promise<T> {
  return call<T>(target, 'POST', path);
}

async function call<T>(target: ApiTarget, method: string, path: string): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`${target.url}${path}`, {
      method,
      headers: { Authorization: `Bearer ${target.token}` },
    });
  } catch (error) {
    const reason = error instanceof Error ? (error.cause ?? error).toString() : String(error);
    throw new CliFailure(`cannot reach the api at ${target.url}: ${reason}`, EXIT.unavailable);
  }
  const text = await response.text();
  if (response.ok) return (text === '' ? undefined : JSON.parse(text)) as T;
  const message = errorMessage(text) ?? response.statusText;
  const code = response.status === 401 || response.status === 403 ? EXIT.unavailable : EXIT.usage;
  if (response.status >= 500)
    throw new CliFailure(`${method} ${path}: ${response.status} ${message}`, EXIT.failed);
  throw new CliFailure(`${method} ${path}: ${response.status} ${message}`, code);
}

function errorMessage(body: string): string | undefined {
  try {
    const parsed = JSON.parse(body) as { message?: unknown };
    return Array.isArray(parsed.message) ? parsed.message.join('; ') : String(parsed.message ?? body);
  } catch {
    return body === '' ? undefined : body;
  }
}
