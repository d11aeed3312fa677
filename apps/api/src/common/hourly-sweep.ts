import { Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';

/** Retention periods and review deadlines end on a day: a sweep every hour acts within the hour. */
export const SWEEP_INTERVAL_MS = 60 * 60 * 1000;

/**
 * A job the api runs at start and every hour (due erasures, expired reviews). A failed run is
 * logged and retried at the next hour; it never stops the process.
 */
export abstract class HourlySweep<Done> implements OnApplicationBootstrap, OnApplicationShutdown {
  protected readonly logger: Logger;
  private timer: NodeJS.Timeout | undefined;

  protected constructor(private readonly name: string) {
    // The subclass's name, as the log context it had before it shared this lifecycle.
    this.logger = new Logger(new.target.name);
  }

  /** One run: what it did, each logged by `describe`. */
  protected abstract run(): Promise<Done[]>;
  protected abstract describe(done: Done): string;

  onApplicationBootstrap(): void {
    void this.sweep();
    this.timer = setInterval(() => void this.sweep(), SWEEP_INTERVAL_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  async sweep(): Promise<Done[]> {
    try {
      const done = await this.run();
      for (const one of done) this.logger.log(this.describe(one));
      return done;
    } catch (error) {
      this.logger.error(`${this.name} failed: ${error instanceof Error ? error.message : String(error)}`);
      return [];
    }
  }
}
