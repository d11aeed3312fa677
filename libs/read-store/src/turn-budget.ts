/**
 * Lets long synchronous work give the event loop a turn: `spent()` resolves at once until the budget
 * is used, then after a macrotask (setImmediate), so timers and requests waiting meanwhile run. A
 * rebuild's commit of a catch-up window seals and serialises thousands of documents; without turns
 * every 360 GET waits for all of it (ADR 0032).
 */
export class TurnBudget {
  private since = performance.now();

  constructor(private readonly budgetMs = 10) {}

  async spent(): Promise<void> {
    if (performance.now() - this.since < this.budgetMs) return;
    await new Promise((resolve) => setImmediate(resolve));
    this.since = performance.now();
  }
}
