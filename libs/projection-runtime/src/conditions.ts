interface Waiter {
  test: () => boolean;
  resolve: () => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

/**
 * Promises that resolve when a condition over the runtime's state holds. The runtime calls notify()
 * whenever that state changes (a commit, a swap), so waiting is event-driven, never polling.
 */
export class Conditions {
  private readonly waiters = new Set<Waiter>();

  until(test: () => boolean, timeoutMs: number, timedOut: () => Error): Promise<void> {
    if (test()) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        test,
        resolve,
        reject,
        timer: setTimeout(() => {
          this.waiters.delete(waiter);
          reject(timedOut());
        }, timeoutMs),
      };
      this.waiters.add(waiter);
    });
  }

  notify(): void {
    for (const waiter of this.waiters) {
      if (!waiter.test()) continue;
      clearTimeout(waiter.timer);
      this.waiters.delete(waiter);
      waiter.resolve();
    }
  }

  /** Rejects every waiter: nothing will change any more. */
  abandon(error: Error): void {
    for (const waiter of this.waiters) {
      clearTimeout(waiter.timer);
      waiter.reject(error);
    }
    this.waiters.clear();
  }
}
