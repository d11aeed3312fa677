/**
 * A position in the global log: an opaque, totally ordered, serialisable checkpoint token.
 * SQLite writes the gap-free global sequence ("42"); KurrentDB writes "commit:prepare".
 * Consumers store and compare tokens only through this module, never by parsing them.
 */
export type Position = string;

/** Where a read or subscription starts: before everything, after everything, or after a position. */
export type From = 'start' | 'end' | Position;

export const START_POSITION: Position = '0';

const DECIMAL = /^(0|[1-9]\d*)$/;

function parts(position: Position): [bigint, bigint] {
  const [commit, prepare] = position.split(':');
  if (commit === undefined || !/^\d+$/.test(commit) || (prepare !== undefined && !/^\d+$/.test(prepare))) {
    throw new InvalidPosition(position);
  }
  const c = BigInt(commit);
  return [c, prepare === undefined ? c : BigInt(prepare)];
}

/** Negative when a is earlier than b, zero when equal, positive when later. */
export function comparePositions(a: Position, b: Position): number {
  // Fast path for SQLite's plain decimal positions (no leading zeros): the hot loop of every projection.
  if (DECIMAL.test(a) && DECIMAL.test(b)) {
    if (a.length !== b.length) return a.length < b.length ? -1 : 1;
    return a < b ? -1 : a > b ? 1 : 0;
  }
  const [ac, ap] = parts(a);
  const [bc, bp] = parts(b);
  if (ac !== bc) return ac < bc ? -1 : 1;
  if (ap !== bp) return ap < bp ? -1 : 1;
  return 0;
}

export function isPosition(value: string): boolean {
  return /^\d+(:\d+)?$/.test(value);
}

export class InvalidPosition extends Error {
  readonly code = 'INVALID_POSITION';
  constructor(readonly position: string) {
    super(`"${position}" is not a position token`);
    this.name = 'InvalidPosition';
  }
}
