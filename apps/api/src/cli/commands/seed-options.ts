import { DEFAULT_SEED_PERIOD } from '@ledger/seed';

export interface SeedCliOptions {
  customers: number;
  seed: number;
  dataDir: string;
  from: string;
  until: string;
}

export const SEED_USAGE =
  'usage: ledger seed --customers N [--seed S] [--data-dir DIR] [--from YYYY-MM-DD] [--until YYYY-MM-DD]';

/** Parses the command line; throws with the usage line on anything it does not understand. */
export function parseSeedOptions(
  argv: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): SeedCliOptions {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i]!, argv[i + 1]];
    if (!flag.startsWith('--') || value === undefined) throw new Error(SEED_USAGE);
    values.set(flag.slice(2), value);
  }
  const unknown = [...values.keys()].find(
    (key) => !['customers', 'seed', 'data-dir', 'from', 'until'].includes(key),
  );
  if (unknown !== undefined) throw new Error(`unknown option --${unknown}\n${SEED_USAGE}`);
  const whole = (name: string, fallback?: number): number => {
    const text = values.get(name);
    const value = text === undefined ? fallback : Number(text);
    if (value === undefined || !Number.isSafeInteger(value) || value < 0)
      throw new Error(`--${name} must be a whole number\n${SEED_USAGE}`);
    return value;
  };
  const date = (name: string, fallback: string): string => {
    const text = values.get(name);
    if (text === undefined) return fallback;
    if (Number.isNaN(Date.parse(text))) throw new Error(`--${name} must be a date\n${SEED_USAGE}`);
    return new Date(Date.parse(text)).toISOString();
  };
  return {
    customers: whole('customers'),
    seed: whole('seed', 1),
    dataDir: values.get('data-dir') ?? env['DATA_DIR'] ?? './data',
    from: date('from', DEFAULT_SEED_PERIOD.from),
    until: date('until', DEFAULT_SEED_PERIOD.until),
  };
}
