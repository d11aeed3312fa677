import { Client, type ClientConfig } from 'pg';
import type { CommitSignal } from '../sqlite/commit-signal';

/**
 * Wakes live subscribers of this process when any process commits to the log: LISTEN on the log's
 * channel (every append transaction NOTIFYs it on commit), and a poll as the fallback for the times
 * the listening connection is down or a notification is lost with it.
 */
export class CommitListener {
  private client: Client | undefined;
  private readonly poll: NodeJS.Timeout;
  private reconnect: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    private readonly config: ClientConfig,
    private readonly channel: string,
    private readonly signal: CommitSignal,
    pollMs: number,
  ) {
    this.poll = setInterval(() => signal.notify(), pollMs);
    this.poll.unref();
  }

  /** Resolves once listening, so a subscriber that starts after it hears every later commit. */
  async start(): Promise<void> {
    const client = new Client(this.config);
    client.on('notification', () => this.signal.notify());
    client.on('error', () => this.restart(client));
    client.on('end', () => this.restart(client));
    await client.connect();
    await client.query(`LISTEN ${this.channel}`);
    this.client = client;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.poll);
    if (this.reconnect) clearTimeout(this.reconnect);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private restart(failed: Client): void {
    if (this.stopped || this.client !== failed) return;
    this.client = undefined;
    failed.removeAllListeners();
    void failed.end().catch(() => undefined);
    // Until listening again, the poll keeps subscribers moving; whatever was missed, the next read finds.
    this.reconnect = setTimeout(() => {
      this.reconnect = undefined;
      this.start().catch(() => this.retryLater());
    }, 1000);
    this.reconnect.unref();
  }

  private retryLater(): void {
    if (this.stopped) return;
    this.reconnect = setTimeout(() => {
      this.reconnect = undefined;
      this.start().catch(() => this.retryLater());
    }, 1000);
    this.reconnect.unref();
  }
}
