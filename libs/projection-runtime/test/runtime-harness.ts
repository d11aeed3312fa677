import { randomUUID } from 'node:crypto';
import type { AppendResult, EventStore } from '@ledger/event-store';
import { SqliteEventStore } from '@ledger/event-store';
import { EmbeddedReadStore } from '@ledger/read-store';
import { ProjectionRuntime, type ProjectionRuntimeOptions } from '../src';
import { counterProjection } from './counter.projection';
import { GatedEventStore } from './gated-event-store';
import { eventsFile, readFile, temporaryDirectory } from './stores';

/** Real stores in a fresh directory, and runtimes over them that the test stops and restarts. */
export class RuntimeHarness {
  readonly directory = temporaryDirectory();
  readonly events = new GatedEventStore(new SqliteEventStore(eventsFile(this.directory)));
  readonly reads = new EmbeddedReadStore({ file: readFile(this.directory) });
  private readonly running = new Set<ProjectionRuntime>();

  async start(options: Partial<ProjectionRuntimeOptions> = {}): Promise<ProjectionRuntime> {
    const runtime = new ProjectionRuntime({
      eventStore: this.events,
      readStore: this.reads,
      projections: [counterProjection()],
      flushIntervalMs: 20,
      ...options,
    });
    this.running.add(runtime);
    await runtime.start();
    return runtime;
  }

  async stop(runtime: ProjectionRuntime): Promise<void> {
    this.running.delete(runtime);
    await runtime.stop();
  }

  async close(): Promise<void> {
    for (const runtime of this.running) await runtime.stop();
    await this.events.close();
    await this.reads.close();
  }
}

/** Appends one event with a known id, so a test can poison exactly that event. */
export async function appendOne(
  store: EventStore,
  stream: string,
  type = 'Deposited',
): Promise<AppendResult & { eventId: string }> {
  const eventId = randomUUID();
  const result = await store.append(stream, [{ eventId, type, data: { amount: 10 } }], {
    streamState: 'any',
  });
  return { ...result, eventId };
}
