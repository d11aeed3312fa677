import { hkdfSync, randomBytes } from 'node:crypto';
import { SubKeys, subKeysOf } from './sub-keys';

const hkdf = (key: Buffer, info: string) => Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), info, 32));

describe('subkeys of a data key', () => {
  it('are HKDF-SHA256 with an empty salt, as every stored ciphertext was made with', () => {
    for (let run = 0; run < 50; run++) {
      const key = randomBytes(32);
      const keys = new SubKeys(key);
      expect(keys.enc.equals(hkdf(key, 'ledger/personal-data/v1/enc'))).toBe(true);
      expect(keys.iv.equals(hkdf(key, 'ledger/personal-data/v1/iv'))).toBe(true);
    }
  });

  it('are cached by key id but never handed out for another key under the same id', () => {
    const first = { keyId: 'k-same', key: randomBytes(32) };
    const other = { keyId: 'k-same', key: randomBytes(32) };
    expect(subKeysOf(first)).toBe(subKeysOf(first));
    expect(subKeysOf(other).enc.equals(hkdf(other.key, 'ledger/personal-data/v1/enc'))).toBe(true);
  });
});
