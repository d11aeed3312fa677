import { Agent, request } from 'node:http';
import type { LoadRun, NextRequest } from './load';

export interface OpenLoopOptions {
  url: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  /** Requests per second offered, whatever the server's answers do. */
  rate: number;
  seconds: number;
  next: () => NextRequest;
}

/** Answers still outstanding this long after the last request went out are counted as errors. */
const DRAIN_MS = 2_000;

/**
 * Open-loop load: requests start at Poisson-distributed times at `rate` per second, each on a free
 * keep-alive socket, whether or not earlier ones have been answered. Closed-loop load (autocannon's
 * connections) waits for each answer before sending the next, so at saturation its latency is the
 * queue it builds itself; and autocannon's own rate limit sends each connection's share in bursts.
 * Latency at a set load needs arrivals that do not depend on the answers. It is counted from the
 * moment a request is written, so a late timer here (up to about 1 ms) is not charged to the server.
 */
export function runOpenLoop(options: OpenLoopOptions): Promise<LoadRun> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1024 });
  const { hostname, port } = new URL(options.url);
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  let errors = 0;
  let outstanding = 0;
  const started = performance.now();
  const stopAt = started + options.seconds * 1000;
  let due = started;

  const send = (): void => {
    const { path, body } = options.next();
    const sentAt = performance.now();
    outstanding += 1;
    const headers =
      body === undefined ? options.headers : { ...options.headers, 'content-type': 'application/json' };
    const outgoing = request({ hostname, port, path, method: options.method, headers, agent }, (response) => {
      response.resume();
      response.on('end', () => {
        outstanding -= 1;
        latencies.push(performance.now() - sentAt);
        const status = response.statusCode ?? 0;
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      });
    });
    outgoing.on('error', () => {
      outstanding -= 1;
      errors += 1;
    });
    outgoing.end(body);
  };

  return new Promise((resolve) => {
    const finish = (): void => {
      const drainedBy = performance.now() + DRAIN_MS;
      const waitForAnswers = (): void => {
        if (outstanding > 0 && performance.now() < drainedBy) return void setTimeout(waitForAnswers, 5);
        agent.destroy();
        resolve({ latencies, statuses, errors: errors + outstanding, seconds: options.seconds });
      };
      waitForAnswers();
    };
    const tick = (): void => {
      const now = performance.now();
      for (; due <= now && due < stopAt; due += exponential(options.rate)) send();
      if (due >= stopAt) return finish();
      // Timers fire no sooner than 1 ms: arrivals due meanwhile go out together on the next tick.
      setTimeout(tick, Math.max(0, Math.floor(due - performance.now())));
    };
    tick();
  });
}

/** The gap to the next arrival of a Poisson process at `rate` per second, in ms. */
function exponential(rate: number): number {
  return (-Math.log(1 - Math.random()) * 1000) / rate;
}
