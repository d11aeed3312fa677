import { InvalidPosition, comparePositions } from '../position';
import { decodePosition, encodePosition, toReadPosition } from './kurrentdb-position';

describe('KurrentDB position tokens', () => {
  it('encode commit and prepare as "commit:prepare" and decode back', () => {
    const position = { commit: 18446744073709551615n, prepare: 42n };
    expect(encodePosition(position)).toBe('18446744073709551615:42');
    expect(decodePosition(encodePosition(position))).toEqual(position);
  });

  it('order by commit, then prepare, beyond Number precision', () => {
    const tokens = [
      { commit: 9007199254740993n, prepare: 9007199254740993n },
      { commit: 9007199254740993n, prepare: 9007199254740995n },
      { commit: 9007199254740994n, prepare: 9007199254740990n },
    ].map(encodePosition);
    expect([...tokens].reverse().sort(comparePositions)).toEqual(tokens);
  });

  it('read a single number (START_POSITION) as commit = prepare', () => {
    expect(decodePosition('0')).toEqual({ commit: 0n, prepare: 0n });
  });

  it('reject what is not a token', () => {
    expect(() => decodePosition('12:x')).toThrow(InvalidPosition);
    expect(() => toReadPosition('-1')).toThrow(InvalidPosition);
  });

  it("keep 'start' and 'end' as the client's own values", () => {
    expect(toReadPosition(undefined)).toBe('start');
    expect(toReadPosition('start')).toBe('start');
    expect(toReadPosition('end')).toBe('end');
    expect(toReadPosition('7:5')).toEqual({ commit: 7n, prepare: 5n });
  });
});
