import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Where `npm run build` puts the console (Vite, ADR 0030): dist/console beside the package.json,
 * found from this file whether it runs compiled (dist/apps/api/src/console) or as source (ts-jest).
 */
export function consoleAssetsDir(from: string = __dirname): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${from}`);
    dir = parent;
  }
  return join(dir, 'dist', 'console');
}
