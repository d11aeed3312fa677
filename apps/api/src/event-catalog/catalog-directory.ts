import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

const CATALOG = join('docs', 'events');

/**
 * The repo's docs/events, found by walking up from `start`: the same code runs from apps/api/src
 * (ts-jest) and from dist/apps/api/src (npm start), at different depths.
 */
export function findCatalogDirectory(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    const candidate = join(dir, CATALOG);
    if (existsSync(join(candidate, 'asyncapi.json'))) return candidate;
    if (dirname(dir) === dir) {
      throw new Error(`event catalog not found: no ${CATALOG}/asyncapi.json in ${start} or above`);
    }
  }
}
