import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { ConfigError, type LedgerConfig, loadConfig } from '@ledger/config';
import type { ProjectionStatus } from '@ledger/projection-runtime';
import { projectionsTable } from './commands/projections.command';
import type { ApiOptions } from './api-client';
import { CliFailure, EXIT } from './exit-codes';
import { progressReporter } from './progress';

interface JsonOption {
  json?: boolean;
}

const config = (): LedgerConfig => {
  const loaded = loadConfig();
  return { ...loaded, dataDir: resolve(loaded.dataDir) };
};

const print = (line: string) => process.stdout.write(`${line}\n`);

// Each command loads what it needs when it runs: the stores' drivers take seconds to load.
const stores = () => import('@ledger/stores');
const api = () => import('./api-client');

function withApi(command: Command): Command {
  return command
    .option('--api <url>', 'the api to talk to (default LEDGER_API_URL, else http://localhost:$PORT)')
    .option('--token <bearer>', 'a bearer token (default LEDGER_TOKEN, else a development token)')
    .option('--json', 'print JSON for scripts instead of text');
}

const instant = (flag: string) => (value: string) => {
  if (Number.isNaN(Date.parse(value))) throw new CliFailure(`${flag} must be an ISO 8601 time`, EXIT.usage);
  return new Date(Date.parse(value)).toISOString();
};

export function ledgerProgram(): Command {
  const program = new Command('ledger')
    .description('Relationship Ledger operations: rebuilds, verification, audit exports, seeding, tokens')
    .showHelpAfterError()
    .exitOverride();

  program
    .command('serve')
    .description('start the api (embedded default unless EVENT_STORE_URL / READ_STORE_URL are set)')
    .option('--demo', 'load the generated demo book first')
    .action(async (options: { demo?: boolean }) => {
      // main.ts reads --demo from the command line and starts listening when loaded.
      process.argv = [process.argv[0]!, 'main', ...(options.demo === true ? ['--demo'] : [])];
      await import('../main');
    });

  program
    .command('token')
    .description('print a development token (embedded mode; refused when JWT_JWKS_URL is set)')
    .requiredOption(
      '--role <role>',
      'a role the token carries (repeat for more)',
      (value, previous: string[]) => [...previous, value],
      [],
    )
    .option('--sub <subject>', 'who the token names', 'developer')
    .option('--ttl <duration>', 'how long it is valid', '8h')
    .option('--branch <branchId>', 'the branch of a branch-head token')
    .action(async (options: { role: string[]; sub: string; ttl: string; branch?: string }) => {
      const { developmentToken } = await import('./commands/token.command');
      print(await developmentToken(options, config()));
    });

  program
    .command('seed')
    .description(
      'generate a deterministic demo book into an empty data directory (ledger seed --customers N)',
    )
    .helpOption(false)
    .allowUnknownOption()
    .argument('[options...]', '--customers N [--seed S] [--data-dir DIR] [--from DATE] [--until DATE]')
    .action(async (args: string[]) => (await import('./commands/seed.command')).seed(args));

  withApi(
    program.command('projections').description('each projection: state, position and lag, parked streams'),
  ).action(async (options: ApiOptions & JsonOption) => {
    const { apiGet, apiTarget } = await api();
    const statuses = await apiGet<ProjectionStatus[]>(
      await apiTarget(options, 'admin', config()),
      '/projections',
    );
    print(options.json === true ? JSON.stringify(statuses, null, 2) : projectionsTable(statuses));
  });

  withApi(
    program
      .command('rebuild')
      .description('rebuild a projection (or all) blue/green through the api, showing progress on stderr')
      .argument('<projection>', 'a projection name, or all'),
  )
    .option('--timeout <seconds>', 'give up (exit 1) when not live by then', (value) => Number(value))
    .addOption(new Option('--poll <ms>', 'how often to ask for progress').default(500).argParser(Number))
    .action(async (which: string, options: ApiOptions & JsonOption & { timeout?: number; poll: number }) => {
      const target = await (await api()).apiTarget(options, 'admin', config());
      const { rebuild } = await import('./commands/rebuild.command');
      const summaries = await rebuild(target, which, progressReporter(process.stderr), {
        pollMs: options.poll,
        ...(options.timeout !== undefined && { timeoutMs: options.timeout * 1000 }),
      });
      if (options.json === true) print(JSON.stringify({ projections: summaries }, null, 2));
      else
        for (const { name, events, seconds, eventsPerSecond, parked } of summaries)
          print(
            `${name}: live on its new build, ${events.toLocaleString('en-US')} events in ${seconds.toFixed(1)} s ` +
              `(${eventsPerSecond.toLocaleString('en-US')} events/s)${parked.length > 0 ? `, parked: ${parked.join(', ')}` : ''}`,
          );
      const parked = summaries.flatMap((summary) => summary.parked);
      if (parked.length > 0)
        throw new CliFailure(
          `rebuilt with ${parked.length} parked streams (ledger projections shows them)`,
          EXIT.failed,
        );
    });

  program
    .command('verify')
    .description("every stream's hash chain and the latest anchor, read from the configured event store")
    .option('--json', 'print the verification as JSON')
    .action(async (options: JsonOption) => {
      const { verifyLedger } = await import('@ledger/event-store');
      const store = await (await stores()).openEventLog(config());
      const started = Date.now();
      const progress = progressReporter(process.stderr);
      try {
        const result = await verifyLedger(store, {
          onProgress: ({ streamsChecked, streams }) =>
            progress.update({
              name: 'verify',
              done: streamsChecked,
              total: streams,
              unit: 'streams',
              elapsedMs: Date.now() - started,
            }),
        });
        progress.stop();
        if (options.json === true) print(JSON.stringify(result, null, 2));
        else {
          for (const { stream, revision, fault, anchoredRevision } of result.problems)
            print(
              `${fault}: ${stream} at revision ${revision}${anchoredRevision === undefined ? '' : ` (anchored head ${anchoredRevision})`}`,
            );
          print(
            `${result.valid ? 'verified' : 'NOT verified'}: ${result.streams.toLocaleString('en-US')} streams, ` +
              `${result.events.toLocaleString('en-US')} events` +
              (result.anchor === null
                ? ', no anchor yet'
                : `, anchor ${result.anchor.revision} root ${result.anchor.root}`),
          );
        }
        if (!result.valid) throw new CliFailure(`${result.problems.length} integrity problems`, EXIT.failed);
      } finally {
        await store.close();
      }
    });

  program
    .command('export-history')
    .description("a customer's events as stored, with their hashes, for an auditor to check offline")
    .argument('<customerId>')
    .option('--as-of <time>', 'leave out events whose business time is later', instant('--as-of'))
    .option('--known-at <time>', 'only events recorded by then', instant('--known-at'))
    .addOption(new Option('--format <format>', 'jsonl or csv').choices(['jsonl', 'csv']).default('jsonl'))
    .option('--out <file>', 'write to a file instead of stdout')
    .option('--by <name>', 'who takes the export, for the access log (default: the OS user)')
    .action(
      async (
        customerId: string,
        options: { asOf?: string; knownAt?: string; format: 'jsonl' | 'csv'; out?: string; by?: string },
      ) => {
        const store = await (await stores()).openEventLog(config());
        const { exportHistory } = await import('./commands/export-history.command');
        try {
          const { content, header } = await exportHistory(store, { customerId, ...options, now: new Date() });
          if (options.out === undefined) process.stdout.write(content);
          else {
            writeFileSync(options.out, content);
            process.stderr.write(`${header.events} events of ${header.stream} written to ${options.out}\n`);
          }
        } finally {
          await store.close();
        }
      },
    );

  program
    .command('verify-export')
    .description('check an export offline: every hash recomputed, every link between revisions')
    .argument('<file>')
    .option('--json', 'print the verification as JSON')
    .action(async (file: string, options: JsonOption) => {
      const { parseExport } = await import('./history-export/exported-event');
      const { verifyExport } = await import('./history-export/verify-export');
      let content: string;
      try {
        content = readFileSync(file, 'utf8');
      } catch (error) {
        throw new CliFailure(`cannot read ${file}: ${(error as Error).message}`, EXIT.usage);
      }
      let parsed;
      try {
        parsed = parseExport(content);
      } catch (error) {
        throw new CliFailure(`${file}: ${(error as Error).message}`, EXIT.failed);
      }
      const result = verifyExport(parsed);
      if (options.json === true) print(JSON.stringify(result, null, 2));
      else {
        for (const { revision, fault, detail } of result.problems)
          print(`${fault}: revision ${revision}${detail === undefined ? '' : ` (${detail})`}`);
        for (const { from, to } of result.omitted)
          print(`omitted: revisions ${from}–${to} (not in the export)`);
        print(
          `${result.valid ? 'export verified' : 'export NOT verified'}: ${result.events} events of ${result.stream ?? '(none)'}` +
            (result.headHash === null ? '' : `, head hash ${result.headHash}`),
        );
      }
      if (!result.valid) throw new CliFailure(`${result.problems.length} problems in ${file}`, EXIT.failed);
    });

  return program;
}

/** Runs the command line; a failure is one line on stderr and the documented exit code. */
export async function runLedger(argv: readonly string[]): Promise<number> {
  try {
    await ledgerProgram().parseAsync([...argv], { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError)
      return error.code === 'commander.helpDisplayed' ||
        error.code === 'commander.version' ||
        error.exitCode === 0
        ? EXIT.ok
        : EXIT.usage;
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`ledger: ${message}\n`);
    if (error instanceof CliFailure) return error.exitCode;
    return error instanceof ConfigError ? EXIT.usage : EXIT.failed;
  }
}
