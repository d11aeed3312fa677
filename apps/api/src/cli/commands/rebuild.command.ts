import type { ProjectionStatus } from '@ledger/projection-runtime';
import { apiGet, apiPost, type ApiTarget } from '../api-client';
import { CliFailure, EXIT } from '../exit-codes';
import { type ProgressReporter, ratePerSecond } from '../progress';

export interface RebuildOptions {
  pollMs: number;
  /** Gives up (exit 1) when the rebuilds are not live by then; none: waits as long as they move. */
  timeoutMs?: number;
}

export interface RebuildSummary {
  name: string;
  events: number;
  seconds: number;
  eventsPerSecond: number;
  parked: string[];
}

const SEQUENCE = /^\d+$/;
const numeric = (position: string | null): number | null =>
  position !== null && SEQUENCE.test(position) ? Number(position) : null;

/** Events done and the total of a build, from its status: the stream pass's count, then its position. */
export function rebuildProgress(status: ProjectionStatus): { done: number; total: number | null } {
  const pass = status.streamPass;
  if (pass !== null) return { done: pass.eventsFolded ?? 0, total: numeric(pass.head) };
  const head = numeric(status.head);
  const position = numeric(status.position);
  if (head !== null && position !== null) return { done: position, total: head };
  return { done: Math.max(0, (head ?? 0) - status.lagEvents), total: head };
}

/**
 * Starts blue/green rebuilds through the api (`all`: one pass for every projection) and follows
 * them until each serves its new build; queries keep answering from the old builds meanwhile.
 */
export async function rebuild(
  target: ApiTarget,
  which: string,
  progress: ProgressReporter,
  options: RebuildOptions,
): Promise<RebuildSummary[]> {
  const before = await apiGet<ProjectionStatus[]>(target, '/projections');
  const known = before.map((status) => status.name);
  if (which !== 'all' && !known.includes(which))
    throw new CliFailure(
      `no projection named ${which}; the projections are: all, ${known.join(', ')}`,
      EXIT.usage,
    );
  const names = which === 'all' ? known : [which];
  const servedBefore = new Map(before.map((status) => [status.name, status.servingBuild]));
  const started = Date.now();
  if (which === 'all') await apiPost(target, '/projections/rebuild');
  else await apiPost(target, `/projections/${encodeURIComponent(which)}/rebuild`);

  const finished = new Map<string, RebuildSummary>();
  const errors = new Set<string>();
  try {
    for (;;) {
      const statuses = await apiGet<ProjectionStatus[]>(target, '/projections');
      const elapsedMs = Date.now() - started;
      for (const status of statuses) {
        if (!names.includes(status.name) || finished.has(status.name)) continue;
        const swapped = status.state === 'live' && status.servingBuild !== servedBefore.get(status.name);
        const { done, total } = swapped
          ? { done: numeric(status.head) ?? 0, total: numeric(status.head) }
          : rebuildProgress(status);
        progress.update({ name: status.name, done, total, unit: 'events', elapsedMs });
        if (status.error !== null && !errors.has(status.error)) errors.add(status.error);
        if (swapped)
          finished.set(status.name, {
            name: status.name,
            events: done,
            seconds: elapsedMs / 1000,
            eventsPerSecond: Math.round(ratePerSecond(done, elapsedMs)),
            parked: status.parked.map((parked) => parked.stream),
          });
      }
      if (finished.size === names.length) break;
      if (options.timeoutMs !== undefined && elapsedMs > options.timeoutMs)
        throw new CliFailure(
          `not live after ${Math.round(elapsedMs / 1000)} s: ${names.filter((name) => !finished.has(name)).join(', ')}` +
            (errors.size > 0 ? `; last errors: ${[...errors].join('; ')}` : ''),
          EXIT.failed,
        );
      await new Promise((resolve) => setTimeout(resolve, options.pollMs));
    }
  } finally {
    progress.stop();
  }
  return names.map((name) => finished.get(name)!);
}
