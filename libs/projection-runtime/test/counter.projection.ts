import type { RecordedEvent } from '@ledger/event-store';
import type { ReadDocument } from '@ledger/read-store';
import type { Projection } from '../src';

/** Events per account stream, and one shared document counting them all: double counting shows at once. */
export interface Counter extends ReadDocument {
  events: number;
  amount: number;
  builtBy: number;
}

export interface CounterOptions {
  version?: number;
  /** Event ids the fold throws on, until the test removes them ("fixes the code"). */
  poisoned?: Set<string>;
  /** Throw on a poisoned event only when folding it into this collection (its other document folds fine). */
  poisonedIn?: string;
  /** Called on every evolve: the crash test uses it to stop the process mid-batch. */
  onEvolve?: (event: RecordedEvent) => void;
  /** Declares the fold stream-independent (it is: per-stream counters, and a sum), so builds pass by stream. */
  byStream?: boolean;
  /** The policy set the fold is said to compute under. */
  policyVersion?: string;
}

export function counterProjection(options: CounterOptions = {}): Projection<Counter> {
  const version = options.version ?? 1;
  return {
    name: 'counter',
    version,
    collections: ['counters', 'totals'],
    filter: { streamPrefixes: ['account-'] },
    ...(options.byStream === true && { rebuildByStream: true }),
    ...(options.policyVersion !== undefined && { policyVersion: options.policyVersion }),
    indexes: { counters: [{ keys: { events: 1 } }] },
    documentIds: (event) => [
      { collection: 'counters', id: event.stream },
      { collection: 'totals', id: 'all' },
    ],
    evolve(document, event, collection, id) {
      options.onEvolve?.(event);
      if (
        options.poisoned?.has(event.eventId) &&
        (options.poisonedIn === undefined || options.poisonedIn === collection)
      )
        throw new Error(`cannot fold ${event.type}`);
      if (event.type === 'AccountClosed' && collection === 'counters') return null;
      const amount = typeof event.data.amount === 'number' ? event.data.amount : 0;
      return {
        _id: id,
        events: (document?.events ?? 0) + 1,
        amount: (document?.amount ?? 0) + amount,
        builtBy: version,
      };
    },
  };
}
