import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export interface ComposeService {
  image?: string;
  build?: unknown;
  command?: string | string[];
  environment?: Record<string, string | number | boolean | null> | string[];
  depends_on?: string[] | Record<string, { condition: string }>;
  healthcheck?: { test?: string | string[] };
  profiles?: string[];
}

export interface ComposeFile {
  services: Record<string, ComposeService>;
}

export const REPO_ROOT = join(__dirname, '..', '..');

export function readComposeFile(): unknown {
  return parse(readFileSync(join(REPO_ROOT, 'docker-compose.yml'), 'utf8'));
}

/** A service's environment as name → raw value, from either the mapping or the "NAME=value" list form. */
export function environmentOf(service: ComposeService): Record<string, string> {
  const environment = service.environment ?? {};
  if (Array.isArray(environment)) {
    return Object.fromEntries(
      environment.map((entry) => {
        const [name = '', ...value] = entry.split('=');
        return [name, value.join('=')];
      }),
    );
  }
  return Object.fromEntries(Object.entries(environment).map(([name, value]) => [name, String(value ?? '')]));
}

/**
 * Compose's variable interpolation against `env`: $$, $NAME, ${NAME}, ${NAME:-default}, ${NAME-default},
 * ${NAME:?error} and ${NAME?error} (a missing required variable throws, as `docker compose` refuses to start).
 */
export function interpolate(value: string, env: Record<string, string | undefined>): string {
  const pattern = /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?)([-?])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g;
  return value.replace(
    pattern,
    (match, braced?: string, colon?: string, operator?: string, word?: string, bare?: string) => {
      if (match === '$$') return '$';
      const name = braced ?? bare ?? '';
      const current = env[name];
      const missing = current === undefined || (colon === ':' && current === '');
      if (!missing) return current;
      if (operator === '?') throw new Error(`${name}: ${word ?? 'required'}`);
      return operator === '-' ? (word ?? '') : '';
    },
  );
}
