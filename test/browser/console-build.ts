import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const SOURCES = join(ROOT, 'apps', 'console');
const BUILT = join(ROOT, 'dist', 'console', 'index.html');
/** Jest runs suites in parallel workers: one builds while the others wait, then find it fresh. */
const LOCK = join(ROOT, 'dist', '.console-build.lock');
const STALE_LOCK_MS = 180_000;

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

const fresh = () => existsSync(BUILT) && statSync(BUILT).mtimeMs >= newestSource(SOURCES);

function lock(): number {
  mkdirSync(join(ROOT, 'dist'), { recursive: true });
  for (;;) {
    try {
      return openSync(LOCK, 'wx');
    } catch {
      // A worker killed mid-build leaves its lock behind: past a build's longest, take it over.
      if (existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs > STALE_LOCK_MS) unlinkSync(LOCK);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
}

/** Builds the console with Vite when dist/console is missing or older than its sources (a few seconds). */
export function ensureConsoleBuilt(): void {
  if (fresh()) return;
  const held = lock();
  try {
    if (fresh()) return;
    execFileSync(
      process.execPath,
      [
        join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'),
        'build',
        '--config',
        join(SOURCES, 'vite.config.mjs'),
      ],
      { cwd: ROOT, stdio: 'inherit' },
    );
  } finally {
    closeSync(held);
    unlinkSync(LOCK);
  }
}
