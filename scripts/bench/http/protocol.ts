export type Platform = 'fastify' | 'express';

/** Not a dependency of the project: the Express ceiling runs only where it happens to be installed. */
export const EXPRESS_PACKAGE = '@nestjs/platform-express';

/** What a server child tells the benchmark over IPC once it accepts connections. */
export interface ServerReady {
  type: 'ready';
  port: number;
  /** From the child's start to listening, and (ledger with BENCH_WAIT_LIVE) to projections live. */
  listeningMs: number;
  liveMs?: number;
}

/** The benchmark's orders: start or stop a CPU profile (written to `file`), or close and exit. */
export type ServerOrder =
  { type: 'stop' } | { type: 'profile-start' } | { type: 'profile-stop'; file: string };

export interface ProfileWritten {
  type: 'profile-written';
  file: string;
}

const typed = (message: unknown): string | undefined =>
  typeof message === 'object' && message !== null && typeof (message as { type?: unknown }).type === 'string'
    ? (message as { type: string }).type
    : undefined;

export function isServerReady(message: unknown): message is ServerReady {
  return typed(message) === 'ready' && typeof (message as { port?: unknown }).port === 'number';
}

export function isServerOrder(message: unknown): message is ServerOrder {
  const type = typed(message);
  return type === 'stop' || type === 'profile-start' || type === 'profile-stop';
}

export function isProfileWritten(message: unknown): message is ProfileWritten {
  return typed(message) === 'profile-written';
}
