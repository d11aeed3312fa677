import type { Position } from '@ledger/event-store';
import type { ParkedStream } from './parked-streams';

/** catching-up: the live build is behind the head; live: it reached the head; rebuilding: a new build is catching up. */
export type ProjectionState = 'catching-up' | 'live' | 'rebuilding';

export interface StreamPassStatus {
  head: Position | null;
  stream: string | null;
  /** Events the pass has folded so far: a rebuild's progress against the head. */
  eventsFolded: number;
}

export interface ProjectionStatus {
  name: string;
  version: number;
  state: ProjectionState;
  /** The build these figures describe: the rebuild while rebuilding, else the live one. */
  build: string;
  /** The build queries read. */
  servingBuild: string | null;
  /** Last event the build committed; null before any. */
  position: Position | null;
  head: Position | null;
  lagEvents: number;
  /** False when lagEvents is a lower bound (opaque positions, far behind). */
  lagEventsExact: boolean;
  /** Age of the oldest event not yet applied; 0 when caught up. */
  lagSeconds: number;
  parked: ParkedStream[];
  /** The policy set the build was computed under; null for a read model that depends on none. */
  policyVersion: string | null;
  /** False when the configured policy set has moved on since the build: rebuild to apply it to history. */
  policiesCurrent: boolean;
  /**
   * While the build's first pass folds the log stream by stream (position stays null meanwhile):
   * the head it folds up to and the last stream it committed. Null when it reads in log order.
   */
  streamPass: StreamPassStatus | null;
  /** The last failure of the build's subscription or commits, cleared by the next commit. */
  error: string | null;
}
