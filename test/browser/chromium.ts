import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/** Debian's chromium (never a downloaded browser); CHROMIUM_PATH, when set, names the only one to use. */
export function chromiumCandidates(): string[] {
  const named = process.env['CHROMIUM_PATH'];
  return named !== undefined && named !== '' ? [named] : ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
}

// The machine's network is closed: without these flags Chromium stalls reaching Google's services.
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumPath(): string | undefined {
  return chromiumCandidates().find((path) => existsSync(path));
}

/**
 * Whether the browser suite runs: `npm test` skips it, saying so, only when no Chromium is found;
 * with REQUIRE_BROWSER=1 (CI) a missing Chromium fails the suite instead.
 */
export function browserSuiteMode(): 'run' | 'skip' | 'fail' {
  if (chromiumPath() !== undefined) return 'run';
  return process.env['REQUIRE_BROWSER'] === '1' ? 'fail' : 'skip';
}

export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (executablePath === undefined)
    throw new Error(
      `REQUIRE_BROWSER=1 but no Chromium at ${chromiumCandidates().join(', ')}: apt-get install -y chromium`,
    );
  return chromium.launch({ executablePath, args: ARGS, headless: true, timeout: 60_000 });
}
