import type { Outcome } from '../sqlite/group-commit';

interface Waiting<Job, Result> {
  job: Job;
  resolve: (result: Result) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit for a store whose commit is a round trip: while one transaction is in flight, the jobs
 * submitted meanwhile queue up and go together in the next one. At most one commit runs at a time per
 * process, so a process never competes with itself for the log lock.
 */
export class AsyncGroupCommit<Job, Result> {
  private queue: Waiting<Job, Result>[] = [];
  private running = false;
  private idle: (() => void)[] = [];

  constructor(
    private readonly commit: (jobs: readonly Job[]) => Promise<Outcome<Result>[]>,
    private readonly maxBatch = 1000,
  ) {}

  submit(job: Job): Promise<Result> {
    return new Promise<Result>((resolve, reject) => {
      this.queue.push({ job, resolve, reject });
      if (!this.running) {
        this.running = true;
        // Appends made in the same turn of the event loop share the first transaction.
        setImmediate(() => void this.flush());
      }
    });
  }

  /** Resolves once every job submitted so far has been committed or rejected. */
  drained(): Promise<void> {
    if (!this.running) return Promise.resolve();
    return new Promise((resolve) => this.idle.push(resolve));
  }

  private async flush(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, this.maxBatch);
      try {
        const outcomes = await this.commit(batch.map((waiting) => waiting.job));
        batch.forEach((waiting, index) => {
          const outcome = outcomes[index];
          if (outcome?.ok) waiting.resolve(outcome.value);
          else waiting.reject(outcome ? outcome.error : new Error('group commit returned no outcome'));
        });
      } catch (error) {
        for (const waiting of batch) waiting.reject(error);
      }
    }
    this.running = false;
    for (const resolve of this.idle.splice(0)) resolve();
  }
}
