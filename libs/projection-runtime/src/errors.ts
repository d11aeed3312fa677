import type { Position } from '@ledger/event-store';

export class UnknownProjection extends Error {
  readonly code = 'UNKNOWN_PROJECTION';
  constructor(readonly projection: string) {
    super(`no projection named "${projection}"`);
    this.name = 'UnknownProjection';
  }
}

export class StreamNotParked extends Error {
  readonly code = 'STREAM_NOT_PARKED';
  constructor(
    readonly projection: string,
    readonly stream: string,
  ) {
    super(`${projection} has not parked stream "${stream}"`);
    this.name = 'StreamNotParked';
  }
}

/** waitForPosition gave up: the read models had not applied the position within the timeout. */
export class PositionNotReached extends Error {
  readonly code = 'POSITION_NOT_REACHED';
  constructor(
    readonly position: Position,
    readonly timeoutMs: number,
    readonly waitingFor: readonly string[],
  ) {
    super(`${waitingFor.join(', ')} had not applied position ${position} after ${timeoutMs} ms`);
    this.name = 'PositionNotReached';
  }
}

export class ProjectionRuntimeStopped extends Error {
  readonly code = 'PROJECTION_RUNTIME_STOPPED';
  constructor() {
    super('the projection runtime stopped');
    this.name = 'ProjectionRuntimeStopped';
  }
}
