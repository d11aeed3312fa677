import { type ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import { isProfileWritten, isServerReady, type ServerOrder, type ServerReady } from './protocol';

/** The repository root, from dist/scripts/bench/http. */
const ROOT = join(__dirname, '..', '..', '..', '..');
const STOP_TIMEOUT_MS = 30_000;

export interface ServerProcess extends ServerReady {
  url: string;
  /** Runs `load` with the child's CPU profiler on; the profile is written to `file`. */
  profile<T>(file: string, load: () => Promise<T>): Promise<T>;
  stop(): Promise<void>;
}

/** Starts a compiled server entry (dist/scripts/bench/http/<entry>.js) in its own process: the load generator never shares its event loop. */
export function startServer(
  entry: string,
  args: readonly string[],
  env: Record<string, string>,
  readyTimeoutMs = 60_000,
): Promise<ServerProcess> {
  const child = fork(join(ROOT, 'scripts', 'run.js'), [join(__dirname, `${entry}.js`), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    // The heap cap `npm start` runs the api with (bare servers get it too, so both sides match).
    execArgv: ['--max-old-space-size=768', '--max-semi-space-size=64'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${entry} did not listen within ${readyTimeoutMs} ms`));
    }, readyTimeoutMs);
    const exited = (code: number | null) => {
      clearTimeout(timer);
      reject(new Error(`${entry} exited with ${code} before listening`));
    };
    child.once('exit', exited);
    child.on('message', (message) => {
      if (!isServerReady(message)) return;
      clearTimeout(timer);
      child.off('exit', exited);
      resolve({
        ...message,
        url: `http://127.0.0.1:${message.port}`,
        profile: (file, load) => profile(child, file, load),
        stop: () => stop(child),
      });
    });
  });
}

function order(child: ChildProcess, message: ServerOrder): void {
  child.send(message);
}

async function profile<T>(child: ChildProcess, file: string, load: () => Promise<T>): Promise<T> {
  order(child, { type: 'profile-start' });
  const result = await load();
  await new Promise<void>((resolve) => {
    const written = (message: unknown) => {
      if (!isProfileWritten(message)) return;
      child.off('message', written);
      resolve();
    };
    child.on('message', written);
    order(child, { type: 'profile-stop', file });
  });
  return result;
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    // A server that does not close in time is killed: the benchmark must finish either way.
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    order(child, { type: 'stop' });
  });
}
