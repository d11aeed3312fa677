import {
  type Actor,
  type Customer,
  type CustomerCommand,
  type CustomerEvent,
  type CustomerState,
  DAY_MS,
  decide,
  DomainError,
  evolve,
  initialState,
  isOnboarded,
  occurredAtOf,
  type Segment,
  SYSTEM_ACTOR,
} from '@ledger/domain';
import type { EventToAppend } from '@ledger/event-store';
import { type Action, type ActionKind, Agenda } from './agenda';
import type { BankDirectory, Branch } from './bank-directory';
import { iso, openingHours } from './business-time';
import { Rng } from './prng';
import { LAPSING_RELATIONSHIPS } from './relationship.behaviour';

export interface SeedWorld {
  directory: BankDirectory;
  from: number;
  until: number;
  /** Commands the decider refused: the generator's own bugs, reported and skipped. */
  refusals: string[];
}

type CommandOf<T extends CustomerCommand['type']> = Extract<CustomerCommand, { type: T }>;
export type Body<T extends CustomerCommand['type']> = Omit<
  CommandOf<T>,
  'type' | 'customerId' | 'actor' | 'now'
>;

/**
 * One customer's story: its own random generator (so stories do not depend on each other), its
 * folded state, and the actions to come. Every event comes from `decide` on that state.
 */
export class CustomerAgent {
  readonly rng: Rng;
  readonly customerId: string;
  readonly agenda: Agenda;
  readonly segment: 'retail' | 'corporate';
  readonly branch: Branch;
  /** The customer's true financial assets in yuan, which valuations observe. */
  wealth: number;
  state: CustomerState = initialState();
  /** Revision of the last event of the stream, −1 before the first. */
  revision = -1;
  /** Whether the chain of routine contacts has started (it re-plans itself). */
  routineContacts = false;
  /** The latest routine contact plan (older ones are dropped when reached) and when it falls. */
  routinePlan = 0;
  nextRoutineAt = Number.POSITIVE_INFINITY;
  /** A relationship whose manager falls behind the cadence (a minority of the book). */
  readonly lapsing: boolean;

  constructor(
    readonly index: number,
    seed: number,
    readonly world: SeedWorld,
    /** A scripted customer's segment (the draw is made anyway, so the rest of the story is the same). */
    segment?: Segment,
  ) {
    this.rng = new Rng(seed, index);
    this.customerId = this.rng.uuid();
    this.agenda = new Agenda(world.until);
    const drawn = this.rng.chance(0.1) ? 'corporate' : 'retail';
    this.segment = segment ?? drawn;
    this.branch = this.rng.pick(world.directory.branches);
    this.wealth = 0;
    this.lapsing = this.rng.chance(LAPSING_RELATIONSHIPS);
    // More customers join in later years: the book grows.
    this.plan('onboard', world.from + Math.sqrt(this.rng.next()) * (world.until - world.from));
  }

  /** Plans an action during opening hours on the day of `at`. */
  plan(kind: ActionKind, at: number, extra: Pick<Action, 'ref' | 'also'> = {}): void {
    this.agenda.add({ at: openingHours(at, this.rng.next()), kind, ...extra });
  }

  /** Plans a recurring action: the next one of a Poisson process with `perYear` a year after `from`. */
  planEvery(kind: ActionKind, from: number, perYear: number): void {
    this.plan(kind, from + this.rng.daysUntil(perYear) * DAY_MS);
  }

  get customer(): Customer | null {
    return isOnboarded(this.state) ? this.state : null;
  }

  get manager(): Actor {
    const id = this.customer?.relationshipManagerId ?? this.rng.pick(this.branch.relationshipManagers);
    return this.world.directory.manager(id);
  }

  command<T extends CustomerCommand['type']>(type: T, at: number, body: Body<T>, actor = this.manager): Step {
    const command = {
      type,
      customerId: this.customerId,
      actor,
      now: iso(at),
      ...body,
    } as unknown as CustomerCommand;
    return { command, actor };
  }

  /** Runs every action before `end` and returns the events they recorded, in order. */
  runUntil(end: number, behave: Behaviour): EventToAppend[] {
    const recorded: EventToAppend[] = [];
    for (let action = this.agenda.takeBefore(end); action; action = this.agenda.takeBefore(end)) {
      for (const step of behave.act(this, action)) {
        const events = this.execute(step, recorded);
        if (events.length > 0) behave.react(this, events, action);
      }
    }
    return recorded;
  }

  private execute({ command, actor }: Step, recorded: EventToAppend[]): CustomerEvent[] {
    let events: CustomerEvent[];
    try {
      events = decide(command, this.state);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      this.world.refusals.push(`${command.type} for ${this.customerId}: ${error.message}`);
      return [];
    }
    this.state = events.reduce(evolve, this.state);
    const correlationId = this.rng.uuid();
    for (const event of events) {
      // As the API records it: an automatic tier change is the system's, caused by the caller's command.
      const system = event.type === 'TierReassessed' && event.data.decidedBy === SYSTEM_ACTOR.id;
      const by = system ? SYSTEM_ACTOR : actor;
      recorded.push({
        eventId: this.rng.uuid(),
        type: event.type,
        data: event.data,
        metadata: {
          schemaVersion: event.schemaVersion,
          occurredAt: occurredAtOf(event),
          actor: { id: by.id, role: by.role },
          $correlationId: correlationId,
          $causationId: correlationId,
        },
      });
    }
    return events;
  }
}

export interface Step {
  command: CustomerCommand;
  actor: Actor;
}

/** What a customer does for an action, and how it follows up on what got recorded. */
export interface Behaviour {
  act(agent: CustomerAgent, action: Action): Step[];
  react(agent: CustomerAgent, events: readonly CustomerEvent[], action: Action): void;
}
