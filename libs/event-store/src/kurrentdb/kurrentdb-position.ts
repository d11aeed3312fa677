import type { Position as KurrentPosition, ReadPosition } from '@kurrent/kurrentdb-client';
import { type From, InvalidPosition, type Position, isPosition } from '../position';

/** A KurrentDB $all position as our token: "commit:prepare", both decimal, so tokens order by comparePositions. */
export function encodePosition(position: KurrentPosition): Position {
  return `${position.commit.toString(10)}:${position.prepare.toString(10)}`;
}

/** A token back to KurrentDB's two numbers; a single number ("0", START_POSITION) means commit = prepare. */
export function decodePosition(token: Position): KurrentPosition {
  if (!isPosition(token)) throw new InvalidPosition(token);
  const [commit = '0', prepare = commit] = token.split(':');
  return { commit: BigInt(commit), prepare: BigInt(prepare) };
}

/** Where a KurrentDB read or subscription starts for one of our exclusive `From` values. */
export function toReadPosition(from: From | undefined): ReadPosition {
  if (from === undefined || from === 'start') return 'start';
  if (from === 'end') return 'end';
  return decodePosition(from);
}
