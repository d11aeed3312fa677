import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, type LoadRun, pool } from './load';
import { analyseProfile, formatShares } from './profile-analysis';
import type { ServerProcess } from './server-process';

/** BENCH_CPU_PROF=<dir>: one extra run per route, not counted, with the server's CPU profiler on. */
const PROFILE_DIR = process.env['BENCH_CPU_PROF'];
const TOP = 12;

export async function profileRoute(
  server: ServerProcess,
  name: string,
  load: () => Promise<LoadRun>,
  log: (line: string) => void,
): Promise<void> {
  if (PROFILE_DIR === undefined) return;
  mkdirSync(PROFILE_DIR, { recursive: true });
  const file = join(PROFILE_DIR, `${name}.cpuprofile`);
  const run = await server.profile(file, load);
  const shares = analyseProfile(file);
  log(`profiled ${name}: ${describe(pool([run]))}; ${file}`);
  log('  server time on the stack, by module:');
  for (const line of formatShares(shares.inclusiveByModule, TOP, '    ')) log(line);
  log('  server self time, by function:');
  for (const line of formatShares(shares.selfByFunction, TOP, '    ')) log(line);
}
