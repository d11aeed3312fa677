import autocannon from 'autocannon';

export interface NextRequest {
  path: string;
  body?: string;
}

export interface LoadOptions {
  url: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  connections: number;
  /** Either a duration or a number of requests. */
  seconds?: number;
  amount?: number;
  /** Called for every request: spreads the load over customers. */
  next: () => NextRequest;
}

/** One run: every response's latency (ms, sub-millisecond) and status, and the wall time it took. */
export interface LoadRun {
  latencies: number[];
  statuses: Map<number, number>;
  errors: number;
  seconds: number;
}

export function runLoad(options: LoadOptions): Promise<LoadRun> {
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        method: options.method,
        headers: options.headers,
        connections: options.connections,
        ...(options.amount === undefined ? { duration: options.seconds ?? 10 } : { amount: options.amount }),
        requests: [
          {
            setupRequest: (request) => {
              const { path, body } = options.next();
              request.path = path;
              if (body !== undefined) request.body = body;
              return request;
            },
          },
        ],
      },
      (error: unknown, result) => {
        if (error !== null && error !== undefined)
          reject(error instanceof Error ? error : new Error(String(error)));
        else
          resolve({
            latencies,
            statuses,
            errors: result.errors,
            seconds: (performance.now() - started) / 1000,
          });
      },
    );
    // autocannon's own histogram rounds to whole milliseconds; the 360 target needs tenths.
    instance.on('response', (_client, status, _bytes, responseTime) => {
      latencies.push(responseTime);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    });
  });
}

/** Several runs of one route (interleaved with other routes' runs) pooled into one figure. */
export interface RouteFigures {
  requests: number;
  perSecond: number;
  p50: number;
  p99: number;
  non2xx: Map<number, number>;
  errors: number;
  /** Each run's rate, to show the spread. */
  runRates: number[];
}

export function pool(runs: readonly LoadRun[]): RouteFigures {
  const latencies = runs.flatMap((run) => run.latencies).sort((a, b) => a - b);
  const non2xx = new Map<number, number>();
  for (const run of runs)
    for (const [status, count] of run.statuses)
      if (status < 200 || status >= 300) non2xx.set(status, (non2xx.get(status) ?? 0) + count);
  const seconds = runs.reduce((sum, run) => sum + run.seconds, 0);
  return {
    requests: latencies.length,
    perSecond: latencies.length / seconds,
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    non2xx,
    errors: runs.reduce((sum, run) => sum + run.errors, 0),
    runRates: runs.map((run) => run.latencies.length / run.seconds),
  };
}

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? Number.NaN;
}

export function describe(figures: RouteFigures): string {
  const rate = (value: number) => Math.round(value).toLocaleString('en-US');
  const failures = [...figures.non2xx].map(([status, count]) => `${count} × ${status}`);
  if (figures.errors > 0) failures.push(`${figures.errors} connection errors`);
  return (
    `${rate(figures.perSecond)} req/s (runs ${figures.runRates.map(rate).join(', ')}), ` +
    `p50 ${figures.p50.toFixed(2)} ms, p99 ${figures.p99.toFixed(2)} ms, ` +
    `${figures.requests.toLocaleString('en-US')} responses, non-2xx: ${failures.length === 0 ? 'none' : failures.join(', ')}`
  );
}
