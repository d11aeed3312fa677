import { MultiBar, Presets, type SingleBar } from 'cli-progress';

/** How far one piece of work is: a rebuild's events, a verification's streams. */
export interface ProgressFigures {
  name: string;
  done: number;
  /** Null while the total is not known (a log with opaque positions). */
  total: number | null;
  unit: string;
  elapsedMs: number;
}

const count = (value: number) => Math.round(value).toLocaleString('en-US');

export function duration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m ${String(seconds % 60).padStart(2, '0')}s`;
  return `${Math.floor(minutes / 60)}h ${String(minutes % 60).padStart(2, '0')}m`;
}

export function ratePerSecond(done: number, elapsedMs: number): number {
  return elapsedMs <= 0 ? 0 : (done * 1000) / elapsedMs;
}

/** Time left at the rate so far; null while nothing is done or the total is unknown. */
export function etaMs({ done, total, elapsedMs }: ProgressFigures): number | null {
  if (total === null || done <= 0) return null;
  return Math.max(0, ((total - done) * elapsedMs) / done);
}

/** One plain line: `customer-360: 120,000 / 1,083,424 events (11%), 7,885 events/s, ETA 2m 03s`. */
export function progressLine(figures: ProgressFigures): string {
  const { name, done, total, unit, elapsedMs } = figures;
  const rate = `${count(ratePerSecond(done, elapsedMs))} ${unit}/s`;
  if (total === null) return `${name}: ${count(done)} ${unit}, ${rate}`;
  const percent = total === 0 ? 100 : Math.min(100, Math.floor((done * 100) / total));
  const eta = etaMs(figures);
  return `${name}: ${count(done)} / ${count(total)} ${unit} (${percent}%), ${rate}${eta === null ? '' : `, ETA ${duration(eta)}`}`;
}

export interface ProgressReporter {
  update(figures: ProgressFigures): void;
  /** Writes the final figures and releases the terminal. */
  stop(): void;
}

/**
 * A bar per piece of work on a terminal; on anything else (a pipe, a CI log) a plain line per piece
 * at most every `intervalMs`, and the final figures once at the end.
 */
export function progressReporter(
  stream: NodeJS.WriteStream,
  options: { intervalMs?: number; tty?: boolean } = {},
): ProgressReporter {
  return (options.tty ?? stream.isTTY === true)
    ? new BarProgress(stream)
    : new LineProgress(stream, options.intervalMs ?? 2000);
}

class LineProgress implements ProgressReporter {
  private readonly printedAt = new Map<string, number>();
  private readonly latest = new Map<string, ProgressFigures>();

  constructor(
    private readonly stream: NodeJS.WritableStream,
    private readonly intervalMs: number,
  ) {}

  update(figures: ProgressFigures): void {
    this.latest.set(figures.name, figures);
    const printed = this.printedAt.get(figures.name);
    if (printed !== undefined && figures.elapsedMs - printed < this.intervalMs) return;
    this.printedAt.set(figures.name, figures.elapsedMs);
    this.stream.write(`${progressLine(figures)}\n`);
  }

  stop(): void {
    for (const figures of this.latest.values())
      if (this.printedAt.get(figures.name) !== figures.elapsedMs)
        this.stream.write(`${progressLine(figures)}\n`);
  }
}

class BarProgress implements ProgressReporter {
  private readonly bars = new Map<string, SingleBar>();
  private readonly multi: MultiBar;

  constructor(stream: NodeJS.WriteStream) {
    this.multi = new MultiBar(
      {
        stream,
        format: '{name} [{bar}] {percentage}% | {value}/{total} {unit} | {rate} {unit}/s | ETA {eta}',
        hideCursor: true,
        clearOnComplete: false,
        formatValue: (value, _options, type) =>
          type === 'value' || type === 'total' ? count(value) : String(value),
      },
      Presets.shades_classic,
    );
  }

  update(figures: ProgressFigures): void {
    const payload = {
      name: figures.name.padEnd(20),
      unit: figures.unit,
      rate: count(ratePerSecond(figures.done, figures.elapsedMs)),
      eta: ((eta) => (eta === null ? '?' : duration(eta)))(etaMs(figures)),
    };
    const total = figures.total ?? Math.max(figures.done, 1);
    let bar = this.bars.get(figures.name);
    if (bar === undefined) {
      bar = this.multi.create(total, figures.done, payload);
      this.bars.set(figures.name, bar);
    } else {
      bar.setTotal(total);
      bar.update(figures.done, payload);
    }
  }

  stop(): void {
    this.multi.stop();
  }
}
