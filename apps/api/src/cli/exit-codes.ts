/** Exit codes of `ledger` (documented in the README's CLI section). */
export const EXIT = {
  ok: 0,
  /** The command ran and found something wrong: a broken chain, a parked or stalled rebuild, a tampered export. */
  failed: 1,
  /** The command line (or what it named) was wrong. */
  usage: 2,
  /** The api or a store could not be reached, or refused the caller. */
  unavailable: 3,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A failure the CLI reports as one line on stderr and an exit code, without a stack trace. */
export class CliFailure extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode,
  ) {
    super(message);
  }
}
