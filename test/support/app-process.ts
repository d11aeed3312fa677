import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const REGISTER = join(__dirname, 'register-app.js');

/** An app (api or projector) in a process of its own, run from its TypeScript sources. */
export class AppProcess {
  private child: ChildProcess | undefined;
  private output = '';

  constructor(
    private readonly main: string,
    private readonly env: Record<string, string>,
    /** Text the process writes once it is ready. */
    private readonly readyWhen: string,
  ) {}

  async start(timeoutMs = 60_000): Promise<void> {
    this.output = '';
    const child = spawn(process.execPath, ['-r', REGISTER, join(ROOT, this.main)], {
      cwd: ROOT,
      env: { ...process.env, ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${this.main} not ready:\n${this.output}`)), timeoutMs);
      const listen = (chunk: Buffer) => {
        this.output += chunk.toString();
        if (this.output.includes(this.readyWhen)) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout?.on('data', listen);
      child.stderr?.on('data', listen);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`${this.main} exited (${code}) before it was ready:\n${this.output}`));
      });
    });
  }

  /** No shutdown hook runs: whatever was not committed is gone, as after a power cut. */
  async kill(): Promise<void> {
    await this.stop('SIGKILL');
  }

  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (child === undefined || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    await exited;
  }
}
