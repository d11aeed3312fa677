import { type EventStore, START_POSITION } from '@ledger/event-store';
import type { ReadStore } from '@ledger/read-store';
import { buildId, buildPolicies } from './builds';
import { lagOf } from './lag';
import { inLogOrder, loadParked } from './parked-streams';
import type { Projection } from './projection';
import type { ProjectionStatus } from './projection-status';
import { loadEntry } from './registry';
import { loadPass, passStatus } from './stream-pass';

/**
 * Projection status from what the runtime stored (registry, checkpoints, parked streams), for a
 * process that does not run the projections itself: the api while apps/projector runs them.
 */
export async function readProjectionStatus(
  eventStore: EventStore,
  readStore: ReadStore,
  projections: readonly Projection[],
  now: Date = new Date(),
): Promise<ProjectionStatus[]> {
  const head = await eventStore.headPosition();
  const statuses: ProjectionStatus[] = [];
  for (const projection of projections) {
    const entry = await loadEntry(readStore, projection.name);
    const build = entry.rebuilding ?? entry.live;
    const id = build ? buildId(projection.name, build) : `${projection.name}_v${projection.version}`;
    const stored = build ? await readStore.checkpoint(id) : null;
    const position = stored === START_POSITION ? null : stored;
    const lag = await lagOf(eventStore, position, head, now);
    statuses.push({
      name: projection.name,
      version: projection.version,
      state: entry.rebuilding ? 'rebuilding' : build && lag.events === 0 ? 'live' : 'catching-up',
      build: id,
      servingBuild: entry.live && buildId(projection.name, entry.live),
      position,
      head,
      lagEvents: lag.events,
      lagEventsExact: lag.exact,
      lagSeconds: lag.seconds,
      parked: build ? inLogOrder((await loadParked(readStore, id)).values()) : [],
      ...buildPolicies(projection, build),
      streamPass: build ? passStatus(await loadPass(readStore, id)) : null,
      // Failures are only known to the process that runs the projections (and its logs).
      error: null,
    });
  }
  return statuses;
}
