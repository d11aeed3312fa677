import type { Position } from '@ledger/event-store';

/** A stream's state folded up to and including `revision`. */
export interface Folded<State> {
  revision: bigint;
  /** Global position of the event at `revision`. */
  position: Position;
  state: State;
}

/** How many streams the api keeps folded for commands unless configured. */
export const DEFAULT_FOLDED_STREAMS = 10_000;

/**
 * The most recently commanded streams' folded states, of every aggregate, least recently used
 * evicted first. An entry is only ever behind its stream, never ahead or different: readers fold
 * on what follows it.
 */
export class FoldedStreams {
  private readonly entries = new Map<string, Folded<unknown>>();

  /** `capacity` 0 keeps nothing: every command replays its whole stream. */
  constructor(readonly capacity: number = DEFAULT_FOLDED_STREAMS) {
    if (!Number.isInteger(capacity) || capacity < 0) throw new RangeError('capacity must be a whole number');
  }

  get size(): number {
    return this.entries.size;
  }

  get<State>(stream: string): Folded<State> | undefined {
    const folded = this.entries.get(stream);
    if (folded === undefined) return undefined;
    // Re-inserting moves the stream to the back: a Map iterates oldest first.
    this.entries.delete(stream);
    this.entries.set(stream, folded);
    return folded as Folded<State>;
  }

  /** The held entry, without counting as a use. */
  peek<State>(stream: string): Folded<State> | undefined {
    return this.entries.get(stream) as Folded<State> | undefined;
  }

  /** Keeps `folded` unless a later revision of the stream is already held (commands finish out of order). */
  remember(stream: string, folded: Folded<unknown>): void {
    const held = this.entries.get(stream);
    if (held !== undefined && held.revision > folded.revision) return;
    this.entries.delete(stream);
    if (this.capacity === 0) return;
    this.entries.set(stream, folded);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next();
      if (oldest.done !== true) this.entries.delete(oldest.value);
    }
  }

  forget(stream: string): void {
    this.entries.delete(stream);
  }
}
