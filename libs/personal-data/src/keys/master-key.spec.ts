import { randomBytes } from 'node:crypto';
import { ConfigError } from '@ledger/config';
import { DEVELOPMENT_MASTER_KEY, masterKeyFrom, resolveMasterKey } from './master-key';

describe('resolving the master key', () => {
  const configured = randomBytes(32).toString('base64');

  it('uses MASTER_KEY when it is set, in any mode', () => {
    const warn = jest.fn();
    const key = resolveMasterKey({ masterKey: configured, readStoreUrl: 'mongodb://db' }, warn);
    expect(key.key.equals(Buffer.from(configured, 'base64'))).toBe(true);
    expect(warn).not.toHaveBeenCalled();
  });

  it.each([{ eventStoreUrl: 'kurrentdb://es:2113' }, { readStoreUrl: 'mongodb://db' }])(
    'refuses to start without MASTER_KEY in production (%p)',
    (servers) => {
      expect(() => resolveMasterKey(servers, jest.fn())).toThrow(ConfigError);
      expect(() => resolveMasterKey(servers, jest.fn())).toThrow(/MASTER_KEY/);
    },
  );

  it('falls back to the development key in the embedded mode, loudly', () => {
    const warn = jest.fn();
    const key = resolveMasterKey({}, warn);
    expect(key.id).toBe(masterKeyFrom(DEVELOPMENT_MASTER_KEY).id);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/DEVELOPMENT master key.*NOT protected/));
  });

  it('rejects a key that is not 32 bytes', () => {
    expect(() => masterKeyFrom(randomBytes(16).toString('base64'))).toThrow(ConfigError);
  });

  it('names a key by a fingerprint that does not reveal it', () => {
    const key = masterKeyFrom(configured);
    expect(key.id).toMatch(/^[0-9a-f]{16}$/);
    expect(key.id).not.toBe(masterKeyFrom(randomBytes(32).toString('base64')).id);
  });
});
