import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import type { AddressInfo } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import { isServerOrder, type ProfileWritten, type ServerReady } from './protocol';

const startedAt = performance.now();

/**
 * Listens on a free loopback port, reports it to the parent, and obeys its orders; closes when the
 * parent goes away (a benchmark that crashed must not leave servers behind).
 */
export async function serve(app: INestApplication, afterListen?: () => Promise<void>): Promise<void> {
  await app.listen(0, '127.0.0.1');
  const listeningMs = performance.now() - startedAt;
  await afterListen?.();
  const liveMs = afterListen === undefined ? undefined : performance.now() - startedAt;
  const { port } = app.getHttpServer().address() as AddressInfo;
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void app.close().finally(() => process.exit(0));
  };
  const profiler = new Profiler();
  process.on('message', (message) => {
    if (!isServerOrder(message)) return;
    if (message.type === 'stop') stop();
    else if (message.type === 'profile-start') profiler.start();
    else
      void profiler.stop(message.file).then(() => {
        const written: ProfileWritten = { type: 'profile-written', file: message.file };
        process.send?.(written);
      });
  });
  process.on('disconnect', stop);
  const ready: ServerReady = { type: 'ready', port, listeningMs, liveMs };
  process.send?.(ready);
}

/** The V8 sampling profiler over one load run only (node --cpu-prof would cover start-up and idle rounds). */
class Profiler {
  private readonly session = new Session();

  start(): void {
    this.session.connect();
    this.session.post('Profiler.enable', () => this.session.post('Profiler.start'));
  }

  stop(file: string): Promise<void> {
    return new Promise((resolve, reject) => {
      this.session.post('Profiler.stop', (error, result) => {
        this.session.disconnect();
        if (error !== null) reject(error);
        else resolve(writeFileSync(file, JSON.stringify(result.profile)));
      });
    });
  }
}

export function failed(error: unknown): void {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
}
