import { cpus } from 'node:os';
import { measureCommandVsBare } from './command-vs-bare';
import { measureCustomer360 } from './customer-360';

const PLAN = {
  connections: 64,
  warmUpSeconds: 3,
  measureSeconds: 10,
  rounds: 2,
  /** Onboarded before the command runs: requests go round them in turn. */
  customers: 2_000,
};

const log = (line: string) => console.log(line);

/**
 * `npm run bench:http`: the bare Nest route (the ceiling), the durable command route and the 360
 * GET, each server in a child process, autocannon here. BENCH_CPU_PROF=<dir> profiles the servers.
 */
async function main(): Promise<void> {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  log(
    `HTTP benchmark: autocannon ${PLAN.connections} connections, ${PLAN.warmUpSeconds} s warm-up, ` +
      `${PLAN.rounds} × ${PLAN.measureSeconds} s measured per route (interleaved, pooled); ` +
      `node ${process.version}, ${cpus().length} × ${cpu}`,
  );
  const { bare, durable, command } = await measureCommandVsBare(PLAN, log);
  const fastify = bare.fastify;
  if (fastify === undefined) throw new Error('the Fastify ceiling was not measured');
  if (bare.express !== undefined)
    log(
      `platform: Fastify serves ${(fastify.perSecond / bare.express.perSecond).toFixed(2)} × Express's bare rate`,
    );
  const ratio = command.perSecond / fastify.perSecond;
  log(
    `floor: the bare route plus one durable append = ${(durable.perSecond / fastify.perSecond).toFixed(2)} of bare; ` +
      `the command route adds auth, validation, the customer's state, the decision and encryption`,
  );
  const floor = durable.perSecond / fastify.perSecond;
  log(
    `command/bare (Fastify) = ${ratio.toFixed(2)} (target ≥ 0.50); ` +
      `command/floor = ${(ratio / floor).toFixed(2)} (≥ 0.85 where the floor makes the target impossible)`,
  );

  // BENCH_HTTP_ONLY=commands: the command route and its floors alone (a quick profile loop).
  if (process.env['BENCH_HTTP_ONLY'] === 'commands') return;
  const reads = await measureCustomer360(PLAN, log);
  if (!reads.measured) log(`customer-360: NOT MEASURED, pending: ${reads.reason}`);
  else {
    const atLoads = reads.offered.map(
      ({ rate, read, floor }) =>
        `${rate} req/s: ${read.p99.toFixed(1)} ms (floor: the bare route plus one durable append, ${floor.p99.toFixed(1)} ms)`,
    );
    log(`customer-360 p99 at a set load, open loop: ${atLoads.join('; ')} (target < 10 ms)`);
    log(
      `customer-360 p99: ${reads.saturated.p99.toFixed(1)} ms at ${PLAN.connections} connections (saturated: ` +
        `latency ≈ connections / rate), ${reads.single.p99.toFixed(1)} ms at 1 connection (target < 10 ms); ` +
        `the bare route's own p99 at ${PLAN.connections} connections: ${fastify.p99.toFixed(1)} ms, and each 360 ` +
        `read waits for its access-log event's commit (fsync)`,
    );
  }
  log(`ratio command/bare = ${ratio.toFixed(2)}`);
  log(`p99 customer-360 = ${reads.measured ? `${reads.saturated.p99.toFixed(1)} ms` : 'pending'}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
