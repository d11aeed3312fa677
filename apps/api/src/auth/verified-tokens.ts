import type { Caller } from './roles';

/** Tokens verified once; enough for every caller of a busy api, small enough to bound memory. */
export const DEFAULT_VERIFIED_TOKENS = 10_000;
/** How long a verification is trusted even when the token lives longer (a rotated JWKS key, say). */
export const VERIFIED_TOKEN_MAX_AGE_MS = 60_000;

/**
 * Bearer tokens already verified, by their exact text, until they expire: a client sends the same
 * token with every request, and checking its signature each time costs a few percent of the CPU.
 */
export class VerifiedTokens {
  private readonly entries = new Map<string, { caller: Caller; until: number }>();

  constructor(private readonly capacity: number = DEFAULT_VERIFIED_TOKENS) {}

  get size(): number {
    return this.entries.size;
  }

  /** The caller of a token verified earlier, while it has not expired; a copy the request may amend. */
  get(token: string, now: number): Caller | undefined {
    const entry = this.entries.get(token);
    if (entry === undefined) return undefined;
    if (now >= entry.until) {
      this.entries.delete(token);
      return undefined;
    }
    return copyOf(entry.caller);
  }

  /** `expiresAt`: the token's `exp` in epoch seconds, if it has one. */
  remember(token: string, caller: Caller, now: number, expiresAt: number | undefined): void {
    const until = Math.min(
      now + VERIFIED_TOKEN_MAX_AGE_MS,
      expiresAt === undefined ? Infinity : expiresAt * 1000,
    );
    if (until <= now) return;
    this.entries.delete(token);
    this.entries.set(token, { caller: copyOf(caller), until });
    // Oldest first: a Map iterates in insertion order.
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next();
      if (oldest.done !== true) this.entries.delete(oldest.value);
    }
  }
}

function copyOf({ id, roles, branchId }: Caller): Caller {
  return branchId === undefined ? { id, roles: [...roles] } : { id, roles: [...roles], branchId };
}
