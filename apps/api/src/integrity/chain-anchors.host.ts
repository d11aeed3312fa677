import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import type { DomainPolicies } from '@ledger/domain';
import { ChainAnchoring, type EventStore, type Position, type RecordedEvent } from '@ledger/event-store';
import { POLICIES, SEALED_EVENT_STORE } from '../infrastructure/tokens';

/**
 * Follows the log from the last anchor and records a ChainAnchored event every `everyEvents` events
 * or `everySeconds` seconds (policy chainAnchors), whichever comes first, and once on reaching the
 * head at start. It reads the sealed log: the hashes cover the stored ciphertext, not the plaintext.
 */
@Injectable()
export class ChainAnchorsHost implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('ChainAnchors');
  private anchoring: ChainAnchoring | undefined;
  private iterator: AsyncIterator<RecordedEvent> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    @Inject(SEALED_EVENT_STORE) private readonly store: EventStore,
    @Inject(POLICIES) private readonly policies: DomainPolicies,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const anchoring = await ChainAnchoring.load(this.store);
    const head = await this.store.headPosition();
    const iterator = this.store.subscribe({ from: anchoring.from })[Symbol.asyncIterator]();
    this.anchoring = anchoring;
    this.iterator = iterator;
    void this.follow(anchoring, iterator, head);
    this.timer = setInterval(() => void this.anchor(), this.policies.chainAnchors.everySeconds * 1000);
    this.timer.unref();
  }

  /** Stops before the stores close (they close at application shutdown, after every module's destroy). */
  onModuleDestroy(): void {
    this.stopped = true;
    clearInterval(this.timer);
    // Not awaited: the iterator settles its return() only once its pending next() does.
    this.iterator?.return?.().catch(() => undefined);
  }

  /** Writes an anchor now if anything moved since the last one; failures are logged, never thrown. */
  async anchor(): Promise<void> {
    if (this.stopped || this.anchoring === undefined) return;
    try {
      const anchor = await this.anchoring.anchor();
      if (anchor !== null) this.logger.log(`anchored ${anchor.streams} streams at ${anchor.position}`);
    } catch (error) {
      this.logger.error(`anchor not recorded: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private async follow(
    anchoring: ChainAnchoring,
    iterator: AsyncIterator<RecordedEvent>,
    head: Position | null,
  ): Promise<void> {
    // Catching up on the log as it was at start anchors once, at that head, not every N events.
    let catchingUp = head !== null;
    try {
      while (!this.stopped) {
        const next = await iterator.next();
        if (next.done === true) return;
        anchoring.observe(next.value);
        if (catchingUp && next.value.position === head) {
          catchingUp = false;
          await this.anchor();
        } else if (!catchingUp && anchoring.pending >= this.policies.chainAnchors.everyEvents) {
          await this.anchor();
        }
      }
    } catch (error) {
      if (!this.stopped) this.logger.error(`anchoring stopped: ${String(error)}`);
    }
  }
}
