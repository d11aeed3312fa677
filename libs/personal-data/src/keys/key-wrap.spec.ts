import { randomBytes } from 'node:crypto';
import { DecryptionFailed } from '../errors';
import { MasterKeyMismatch, newDataKey, unwrapDataKey, wrapDataKey } from './key-wrap';
import { masterKeyFrom } from './master-key';

const master = masterKeyFrom(randomBytes(32).toString('base64'));
const otherMaster = masterKeyFrom(randomBytes(32).toString('base64'));

describe('data keys wrapped by the master key', () => {
  it('unwrap to the key that was wrapped, and never hold it in the clear', () => {
    const dataKey = newDataKey();
    const stored = wrapDataKey(master, 'c-1', dataKey);
    expect(stored.wrapped.includes(dataKey)).toBe(false);
    expect(stored.wrapped).toHaveLength(12 + 32 + 16);
    expect(unwrapDataKey(master, 'c-1', stored).equals(dataKey)).toBe(true);
  });

  it('cannot be unwrapped with a wrong master key, even when the fingerprint is forged', () => {
    const stored = wrapDataKey(master, 'c-1', newDataKey());
    expect(() => unwrapDataKey(otherMaster, 'c-1', stored)).toThrow(MasterKeyMismatch);
    expect(() => unwrapDataKey(otherMaster, 'c-1', { ...stored, masterKeyId: otherMaster.id })).toThrow(
      DecryptionFailed,
    );
  });

  it("cannot be moved onto another customer's record", () => {
    const stored = wrapDataKey(master, 'c-1', newDataKey());
    expect(() => unwrapDataKey(master, 'c-2', stored)).toThrow(DecryptionFailed);
  });
});
