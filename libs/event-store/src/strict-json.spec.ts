import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { canonicalJson } from './canonical-json';
import { InvalidAppend } from './errors';
import type { JsonValue } from './json';
import { strictCanonicalJson } from './strict-json';

const jsonValue = fc.jsonValue() as fc.Arbitrary<JsonValue>;

describe('strictCanonicalJson', () => {
  it('writes the same text as canonicalJson for every JSON value', () => {
    fc.assert(fc.property(jsonValue, (value) => strictCanonicalJson(value, 'data') === canonicalJson(value)));
  });

  it('leaves out undefined members, as canonicalJson does', () => {
    expect(strictCanonicalJson({ b: 1, a: undefined }, 'data')).toBe('{"b":1}');
  });

  it('names the path of a value JSON cannot carry', () => {
    const writing = () => strictCanonicalJson({ list: [{ at: 1n }] }, 'data');
    expect(writing).toThrow(InvalidAppend);
    expect(writing).toThrow('data.list[0].at: a bigint is not JSON');
  });

  it('accepts plain objects made in another realm, and rejects class instances', () => {
    const foreign = runInNewContext('({ a: [1, { b: null }] })') as unknown;
    expect(strictCanonicalJson({ foreign }, 'data')).toBe('{"foreign":{"a":[1,{"b":null}]}}');
    expect(() => strictCanonicalJson({ at: new (class Money {})() }, 'data')).toThrow('a Money is not');
    expect(() => strictCanonicalJson({ at: new Map() }, 'data')).toThrow('a Map is not');
  });

  it('writes keys that plain objects inherit or that JSON.parse makes own as canonicalJson does', () => {
    const tricky = JSON.parse('{"b":{"__proto__":1,"constructor":2},"a":{"toString":3},"c":{}}') as JsonValue;
    expect(strictCanonicalJson(tricky, 'data')).toBe(canonicalJson(tricky));
    const wide = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`k${i}`, { [`n${i}`]: i }]));
    expect(strictCanonicalJson(wide, 'data')).toBe(canonicalJson(wide));
  });

  it('sorts keys that objects would list first, array indices, as text like every other key', () => {
    const indexed = { b: [{ 10: 'ten', 9: 'nine', x: 1 }], 2: true, a: { 1: null } };
    expect(strictCanonicalJson(indexed, 'data')).toBe(canonicalJson(indexed));
    expect(strictCanonicalJson(indexed, 'data')).toBe(
      '{"2":true,"a":{"1":null},"b":[{"10":"ten","9":"nine","x":1}]}',
    );
  });

  it('accepts a shared (not cyclic) object twice', () => {
    const shared = { a: 1 };
    expect(strictCanonicalJson({ x: shared, y: shared }, 'data')).toBe('{"x":{"a":1},"y":{"a":1}}');
  });
});
