import { randomBytes } from 'node:crypto';
import { DecryptionFailed } from '../errors';
import { decryptField, encryptField, isEncryptedField } from './field-cipher';

const key = { keyId: 'k1', key: randomBytes(32) };
const at = { customerId: 'c-1', eventId: 'e-1', path: 'phone' };

describe('a personal field cipher', () => {
  it.each(['+86-138-0013-8000', 42, { line1: 'Chaoyang Rd 1' }, ['a', 'b'], true])(
    'round-trips %p with its JSON type',
    (value) => {
      const encrypted = encryptField(key, at, value);
      expect(isEncryptedField({ ...encrypted })).toBe(true);
      expect(decryptField(key, at, encrypted)).toEqual(value);
    },
  );

  it('stores a compact, JSON-safe envelope naming its key', () => {
    const encrypted = encryptField(key, at, 'Zhang Wei');
    expect(Object.keys(encrypted).sort()).toEqual(['$enc', 'ct', 'iv', 'kid', 'tag']);
    expect(encrypted).toMatchObject({ $enc: 'v1', kid: 'k1' });
    expect(Buffer.from(encrypted.iv, 'base64url')).toHaveLength(12);
    expect(Buffer.from(encrypted.tag, 'base64url')).toHaveLength(16);
  });

  it('gives a retried event identical bytes, and any other event or field a fresh IV', () => {
    const once = encryptField(key, at, 'Zhang Wei');
    expect(encryptField(key, at, 'Zhang Wei')).toEqual(once);
    expect(encryptField(key, { ...at, eventId: 'e-2' }, 'Zhang Wei').iv).not.toBe(once.iv);
    expect(encryptField(key, { ...at, path: 'name' }, 'Zhang Wei').iv).not.toBe(once.iv);
    expect(encryptField(key, at, 'Li Na').iv).not.toBe(once.iv);
  });

  it('refuses an altered ciphertext, a truncated tag, another key, or a field moved elsewhere', () => {
    const encrypted = encryptField(key, at, 'Zhang Wei');
    const flipped = Buffer.from(encrypted.ct, 'base64url');
    flipped[0] = (flipped[0] ?? 0) ^ 1;
    const attempts = [
      () => decryptField(key, at, { ...encrypted, ct: flipped.toString('base64url') }),
      () => decryptField(key, at, { ...encrypted, tag: encrypted.tag.slice(0, 6) }),
      () => decryptField({ keyId: 'k1', key: randomBytes(32) }, at, encrypted),
      () => decryptField({ ...key, keyId: 'k2' }, at, encrypted),
      () => decryptField(key, { ...at, customerId: 'c-2' }, encrypted),
      () => decryptField(key, { ...at, path: 'idNumber' }, encrypted),
    ];
    for (const attempt of attempts) expect(attempt).toThrow(DecryptionFailed);
  });

  it('decrypts with the key it is given when a key id is reused for another key', () => {
    const first = { keyId: 'k-reused', key: randomBytes(32) };
    const second = { keyId: 'k-reused', key: randomBytes(32) };
    const underFirst = encryptField(first, at, 'Zhang Wei');
    expect(decryptField(first, at, underFirst)).toBe('Zhang Wei');
    const underSecond = encryptField(second, at, 'Li Na');
    expect(decryptField(second, at, underSecond)).toBe('Li Na');
    expect(() => decryptField(second, at, underFirst)).toThrow(DecryptionFailed);
    expect(decryptField(first, at, underFirst)).toBe('Zhang Wei');
  });

  it('recognises only complete envelopes', () => {
    expect(isEncryptedField('Zhang Wei')).toBe(false);
    expect(isEncryptedField({ $enc: 'v1', kid: 'k1' })).toBe(false);
    expect(isEncryptedField(null)).toBe(false);
  });
});
