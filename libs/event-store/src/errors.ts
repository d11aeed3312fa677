import type { StreamState } from './event-store.port';

/** The stream was not in the state the appender expected: an optimistic concurrency conflict (HTTP 409). */
export class WrongExpectedRevision extends Error {
  readonly code = 'WRONG_EXPECTED_REVISION';
  constructor(
    readonly stream: string,
    readonly expected: StreamState,
    /** The stream's current revision, or 'no_stream' when it has no events. */
    readonly actual: bigint | 'no_stream',
  ) {
    super(`stream ${stream}: expected ${String(expected)}, actual ${String(actual)}`);
    this.name = 'WrongExpectedRevision';
  }
}

/** The caller gave the port something it cannot store; nothing was appended (HTTP 400). */
export class InvalidAppend extends Error {
  readonly code = 'INVALID_APPEND';
  constructor(
    readonly field: string,
    reason: string,
  ) {
    super(`${field}: ${reason}`);
    this.name = 'InvalidAppend';
  }
}

/** An event id is already used by another stream or by a different event: ids are unique in the store. */
export class DuplicateEventId extends Error {
  readonly code = 'DUPLICATE_EVENT_ID';
  constructor(
    readonly eventId: string,
    readonly stream: string,
  ) {
    super(`event id ${eventId} is already recorded (appending to ${stream})`);
    this.name = 'DuplicateEventId';
  }
}
