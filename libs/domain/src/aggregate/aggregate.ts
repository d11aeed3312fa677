import type { Actor } from '../actor';
import type { DomainPolicies } from '../policies/domain-policies';
import type { Replay } from '../state/replay';

/** What every command carries besides its own fields: who asked, and when the request arrived. */
export type AggregateCommand = { type: string; actor: Actor; now: string };

/** A fact as the domain sees it: the wire type, its schema version and plain JSON data. */
export type DomainEvent = { type: string; schemaVersion: number; data: object };

/** What the store records with an event besides its data; the domain decides both. */
export interface DecidedEvent<Event extends DomainEvent> {
  event: Event;
  /** Who the fact is attributed to: the caller, or the system for an automatic decision. */
  actor: Actor;
  /** Business time (ISO 8601). */
  occurredAt: string;
}

/** The domain's view of a recorded event. */
export interface StoredEventShape {
  type: string;
  data: unknown;
  metadata: { [key: string]: unknown };
}

/**
 * One aggregate, as the generic command path needs it: its stream category, the decider, and how
 * a recorded event reads back. Streams are `<category>-<id>` (KurrentDB's category convention).
 */
export interface Aggregate<Command extends AggregateCommand, Event extends DomainEvent, State> {
  readonly category: string;
  /** The id of the stream a command is for. */
  idOf(command: Command): string;
  initialState(): State;
  evolve(state: State, event: Event): State;
  /**
   * Folds many events at once, where the aggregate has a faster way than one evolve each. Given the
   * replay that built `from`, it may extend `from`'s maps in place instead of copying them.
   */
  evolveAll?(events: readonly Event[], from: State, replay?: Replay): State;
  decide(command: Command, state: State, policies: DomainPolicies): DecidedEvent<Event>[];
  /** The event a record holds, or null for a type this aggregate does not know (skipped by the fold). */
  eventOf(recorded: StoredEventShape): Event | null;
  /** Whether a folded state may be kept between commands (personal data may say no). Default: yes. */
  cacheable?(state: State): boolean;
}

/** Any aggregate, for code that only moves its values around. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyAggregate = Aggregate<any, any, any>;

export function streamOf(aggregate: { category: string }, id: string): string {
  return `${aggregate.category}-${id}`;
}

/** Every event attributed to the caller, in business time `occurredAtOf`. */
export function decidedBy<Event extends DomainEvent>(
  events: readonly Event[],
  caller: Actor,
  occurredAtOf: (event: Event) => string,
  actorOf: (event: Event, caller: Actor) => Actor = () => caller,
): DecidedEvent<Event>[] {
  return events.map((event) => ({ event, actor: actorOf(event, caller), occurredAt: occurredAtOf(event) }));
}
