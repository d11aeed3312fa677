import {
  AccessDeniedError,
  InvalidArgumentError,
  type AllStreamSubscription,
  type KurrentDBClient,
  type ReadPosition,
  UnsupportedError,
} from '@kurrent/kurrentdb-client';
import type { RecordedEvent, SubscribeOptions } from '../event-store.port';
import { comparePositions, type Position } from '../position';
import { matchesFilter, serverFilter } from './event-filter';
import { decodePosition, encodePosition } from './kurrentdb-position';
import { toRecordedEvent } from './recorded-event.mapper';

export interface ReconnectPolicy {
  /** Consecutive failed (re)subscriptions before the iteration fails. */
  maxAttempts: number;
  initialDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RECONNECT: ReconnectPolicy = { maxAttempts: 30, initialDelayMs: 100, maxDelayMs: 5000 };

/** Errors a new subscription would only repeat. */
function isPermanent(error: unknown): boolean {
  return (
    error instanceof AccessDeniedError ||
    error instanceof InvalidArgumentError ||
    error instanceof UnsupportedError
  );
}

/**
 * A catch-up-then-live subscription to $all with a server-side filter. When the call drops it
 * resubscribes, with backoff, after the last record it received; `return()` unsubscribes at once,
 * even while a `next()` waits for a live event.
 */
export class AllSubscription implements AsyncIterableIterator<RecordedEvent> {
  private stopped = false;
  private current: AllStreamSubscription | undefined;
  private readonly stop: Promise<IteratorReturnResult<undefined>>;
  private signalStop: () => void = () => undefined;
  private readonly deliveries: AsyncGenerator<RecordedEvent, undefined>;
  private pinnedEnd: Promise<ReadPosition> | undefined;

  constructor(
    private readonly client: KurrentDBClient,
    private readonly options: SubscribeOptions,
    private readonly policy: ReconnectPolicy,
    private readonly onEnd: (subscription: AllSubscription) => void,
  ) {
    this.stop = new Promise((resolve) => {
      this.signalStop = () => resolve({ done: true, value: undefined });
    });
    this.deliveries = this.deliver();
    if (options.from === 'end') {
      // Pinned now, at subscribe(), not at the first next(): an append in between must be delivered.
      this.pinnedEnd = this.lastRecord();
      this.pinnedEnd.catch(() => undefined);
    }
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<RecordedEvent> {
    return this;
  }

  async next(): Promise<IteratorResult<RecordedEvent, undefined>> {
    if (this.stopped) return { done: true, value: undefined };
    try {
      const result = await Promise.race([this.deliveries.next(), this.stop]);
      if (result.done === true) this.end();
      return result;
    } catch (error) {
      this.end();
      throw error;
    }
  }

  async return(): Promise<IteratorReturnResult<undefined>> {
    this.end();
    await this.current?.unsubscribe();
    // Runs the generator's finally blocks if it is parked at a yield; otherwise it ends on its own.
    void this.deliveries.return(undefined).catch(() => undefined);
    return { done: true, value: undefined };
  }

  private end(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.signalStop();
    this.onEnd(this);
  }

  private async *deliver(): AsyncGenerator<RecordedEvent, undefined> {
    const filter = this.options.filter;
    const start = this.options.from;
    // 'end' becomes the log's last record, so a resubscription skips nothing.
    let from: ReadPosition | undefined =
      start === 'end' ? undefined : start === 'start' ? 'start' : decodePosition(start);
    // Subscriptions are exclusive; checking again client-side keeps a resubscription from repeating one.
    let after: Position | undefined = start === 'end' || start === 'start' ? undefined : start;
    let failures = 0;
    for (;;) {
      let failure: unknown;
      let subscription: AllStreamSubscription | undefined;
      try {
        if (from === undefined) {
          from = await this.pinEnd();
          if (typeof from !== 'string') after = encodePosition(from);
        }
        subscription = this.client.subscribeToAll({ fromPosition: from, filter: serverFilter(filter) });
        this.current = subscription;
        subscription.once('confirmation', () => (failures = 0));
        for await (const resolved of subscription) {
          const position = resolved.event?.position;
          if (position === undefined) continue;
          const token = encodePosition(position);
          if (after !== undefined && comparePositions(token, after) <= 0) continue;
          from = position;
          after = token;
          const event = toRecordedEvent(resolved);
          if (event !== null && matchesFilter(event, filter)) yield event;
        }
      } catch (error) {
        failure = error;
      } finally {
        this.current = undefined;
        void subscription?.unsubscribe().catch(() => undefined);
      }
      if (this.stopped) return undefined;
      // The call ended or failed under us: resubscribe after the last record received, with backoff.
      failures += 1;
      if (failure !== undefined && isPermanent(failure)) throw failure;
      if (failures >= this.policy.maxAttempts)
        throw failure ?? new Error('the $all subscription keeps ending');
      await this.pause(Math.min(this.policy.maxDelayMs, this.policy.initialDelayMs * 2 ** (failures - 1)));
    }
  }

  private pinEnd(): Promise<ReadPosition> {
    const pinned = this.pinnedEnd ?? this.lastRecord();
    this.pinnedEnd = undefined;
    return pinned;
  }

  /** The position of the log's last record (system ones too), or 'start' for an empty log. */
  private async lastRecord(): Promise<ReadPosition> {
    for await (const resolved of this.client.readAll({
      direction: 'backwards',
      fromPosition: 'end',
      maxCount: 1,
    })) {
      if (resolved.event?.position !== undefined) return resolved.event.position;
    }
    return 'start';
  }

  /** A backoff that a stop cuts short, leaving no timer behind. */
  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      void this.stop.then(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
}
