/**
 * Peak resident set size: sampled by a timer and by whoever calls sample() (a catching-up runtime
 * starves timers), and the kernel's high-water mark.
 */
export class PeakMemory {
  private peak = 0;
  private readonly timer: NodeJS.Timeout;

  constructor(intervalMs = 100) {
    this.sample();
    this.timer = setInterval(() => this.sample(), intervalMs);
    this.timer.unref();
  }

  sample(): void {
    this.peak = Math.max(this.peak, process.memoryUsage.rss());
  }

  /** MiB: the larger of the samples and resourceUsage().maxRSS (KiB, since the process started). */
  stop(): number {
    clearInterval(this.timer);
    this.sample();
    return Math.max(this.peak, process.resourceUsage().maxRSS * 1024) / 1024 / 1024;
  }
}
