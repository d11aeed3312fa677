/** What one job in a batch came to: its own result, or its own error. */
export type Outcome<Result> = { ok: true; value: Result } | { ok: false; error: unknown };

interface Waiting<Job, Result> {
  job: Job;
  resolve: (result: Result) => void;
  reject: (error: unknown) => void;
}

/**
 * Jobs submitted while a commit is being prepared wait in one queue; the flush, scheduled once with
 * setImmediate, hands the whole queue to `commit`, which runs it as one transaction (one fsync). A
 * batch that throws as a whole — the COMMIT itself failed — rejects every job in it.
 */
export class GroupCommit<Job, Result> {
  private queue: Waiting<Job, Result>[] = [];
  private scheduled = false;
  private idle: (() => void)[] = [];

  constructor(
    private readonly commit: (jobs: readonly Job[]) => Outcome<Result>[],
    private readonly maxBatch = 1000,
  ) {}

  submit(job: Job): Promise<Result> {
    return new Promise<Result>((resolve, reject) => {
      this.queue.push({ job, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(this.flush);
      }
    });
  }

  /** Resolves once every job submitted so far has been committed or rejected. */
  drained(): Promise<void> {
    if (!this.scheduled) return Promise.resolve();
    return new Promise((resolve) => this.idle.push(resolve));
  }

  private readonly flush = (): void => {
    const batch = this.queue.length > this.maxBatch ? this.queue.splice(0, this.maxBatch) : this.queue;
    if (batch === this.queue) this.queue = [];
    try {
      const outcomes = this.commit(batch.map((waiting) => waiting.job));
      batch.forEach((waiting, index) => {
        const outcome = outcomes[index];
        if (outcome?.ok) waiting.resolve(outcome.value);
        else waiting.reject(outcome ? outcome.error : new Error('group commit returned no outcome'));
      });
    } catch (error) {
      for (const waiting of batch) waiting.reject(error);
    }
    if (this.queue.length > 0) {
      setImmediate(this.flush);
      return;
    }
    this.scheduled = false;
    for (const resolve of this.idle.splice(0)) resolve();
  };
}
