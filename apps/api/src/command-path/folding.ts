import type { RecordedEvent } from '@ledger/event-store';
import { type AnyAggregate, type DomainEvent, Replay } from '@ledger/domain';
import type { Folded } from './folded-streams';

/**
 * The repository's folds, each remembered with the Replay that built it. A command's events are
 * folded onto the cached state it decided on; copying that state's maps (a customer's contacts,
 * holdings, reviews) for one new entry made each command O(size of the stream) and was 4 % of the
 * command route's CPU (ADR 0013). So a save that appended cleanly onto the cached entry extends
 * those maps in place with the replay that owns them, and marks the entry it came from outdated:
 * its state has moved past its revision. A load that read the cached entry while the save ran
 * sees that and reads again; any other holder of the entry lost the race (its append at the same
 * revision is a conflict) and never folds on it.
 */
export class Folding {
  private readonly replays = new WeakMap<Folded<unknown>, Replay>();
  private readonly outdated = new WeakSet<Folded<unknown>>();

  nothing<State>(aggregate: AnyAggregate): Folded<State> {
    return { revision: -1n, position: '0', state: aggregate.initialState() as State };
  }

  /** Whether a later fold extended this entry's maps: its state is no longer the one at its revision. */
  isOutdated(folded: Folded<unknown>): boolean {
    return this.outdated.has(folded);
  }

  /** `from` plus what was recorded after it, in a fold of its own: `from` stays as it was. */
  on<State>(aggregate: AnyAggregate, from: Folded<State>, recorded: readonly RecordedEvent[]): Folded<State> {
    const last = recorded.at(-1);
    if (last === undefined) return from;
    const events = recorded.flatMap((event) => aggregate.eventOf(event) ?? []) as DomainEvent[];
    const replay = new Replay();
    const folded = {
      revision: last.revision,
      position: last.position,
      state: fold(aggregate, events, from.state, replay),
    };
    this.replays.set(folded, replay);
    return folded;
  }

  /**
   * The state after a clean append of `events` onto `before`. `inPlace`: `before` is the cached
   * entry, so its replay may extend its maps instead of copying them.
   */
  after<State>(
    aggregate: AnyAggregate,
    before: Folded<State>,
    events: readonly DomainEvent[],
    appended: { revision: bigint; position: string },
    inPlace: boolean,
  ): Folded<State> {
    const owner = inPlace ? this.replays.get(before) : undefined;
    if (owner !== undefined) this.outdated.add(before);
    const replay = owner ?? new Replay();
    const folded = { ...appended, state: fold(aggregate, events, before.state, replay) };
    this.replays.set(folded, replay);
    return folded;
  }
}

function fold<State>(
  aggregate: AnyAggregate,
  events: readonly DomainEvent[],
  from: State,
  replay: Replay,
): State {
  if (aggregate.evolveAll !== undefined) return aggregate.evolveAll(events, from, replay) as State;
  return events.reduce<State>((state, event) => aggregate.evolve(state, event) as State, from);
}
