/** Wakes live subscribers after each committed batch: an in-process notification, never a poll. */
export class CommitSignal {
  private readonly waiters = new Set<() => void>();

  /** Calls `wake` once, after the next commit; the returned function cancels the wait. */
  once(wake: () => void): () => void {
    this.waiters.add(wake);
    return () => this.waiters.delete(wake);
  }

  notify(): void {
    if (this.waiters.size === 0) return;
    const waiters = [...this.waiters];
    this.waiters.clear();
    for (const wake of waiters) wake();
  }
}
