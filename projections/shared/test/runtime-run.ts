import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RecordedEvent, SqliteEventStore } from '@ledger/event-store';
import { type Projection, ProjectionRuntime } from '@ledger/projection-runtime';
import { EmbeddedReadStore } from '@ledger/read-store';
import type { DecidedLedger } from './decided-ledger';

/** A projection running in the real runtime over the SQLite event store and the embedded read store. */
export class RuntimeRun {
  private readonly directory = mkdtempSync(join(tmpdir(), 'ledger-read-models-'));
  readonly events = new SqliteEventStore(join(this.directory, 'events.sqlite'));
  readonly reads = new EmbeddedReadStore({ file: join(this.directory, 'read.sqlite') });
  readonly runtime: ProjectionRuntime;

  constructor(projection: Projection) {
    // A small batch size: several batches, and documents carried from one batch to the next.
    const options = { eventStore: this.events, readStore: this.reads, batchSize: 5, flushIntervalMs: 10 };
    this.runtime = new ProjectionRuntime({ ...options, projections: [projection] });
  }

  /** Appends the ledger's events in order, runs the projection to the head, returns what was recorded. */
  async project(ledger: DecidedLedger): Promise<RecordedEvent[]> {
    for (const recorded of ledger.events) {
      const streamState = recorded.revision === 0n ? 'no_stream' : recorded.revision - 1n;
      await this.events.append(recorded.stream, [ledger.toAppend(recorded)], { streamState });
    }
    await this.runtime.start();
    const head = await this.events.headPosition();
    if (head !== null) await this.runtime.waitForPosition(head, { timeoutMs: 10_000 });
    const recorded: RecordedEvent[] = [];
    for await (const event of this.events.readAll()) recorded.push(event);
    return recorded;
  }

  /** Rebuilds from position 0 into fresh collections and waits until the new build serves queries. */
  async rebuild(name: string): Promise<void> {
    await this.runtime.rebuild(name);
    await this.runtime.waitUntilLive({ timeoutMs: 10_000 });
  }

  async close(): Promise<void> {
    await this.runtime.stop();
    await this.events.close();
    await this.reads.close();
    rmSync(this.directory, { recursive: true, force: true });
  }
}
