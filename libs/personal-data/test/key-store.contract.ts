import { randomUUID } from 'node:crypto';
import { DataKeyDestroyed, type KeyStore } from '../src';

/**
 * What every KeyStore adapter promises. `open` returns a fresh store over shared storage, so the
 * suite can check what a second process (or a restart) sees.
 */
export function keyStoreContract(
  name: string,
  open: () => Promise<KeyStore>,
  closeAll?: () => Promise<void>,
): void {
  describe(`${name} key store (contract)`, () => {
    let keys: KeyStore;
    beforeEach(async () => (keys = await open()));
    afterEach(() => keys.close());
    if (closeAll !== undefined) afterAll(closeAll);

    it('makes a 32-byte key on first need and returns the same one afterwards', async () => {
      const customerId = randomUUID();
      expect(await keys.get(customerId)).toBeNull();
      const key = await keys.getOrCreate(customerId);
      expect(key.key).toHaveLength(32);
      expect(await keys.getOrCreate(customerId)).toEqual(key);
      expect(await keys.get(customerId)).toEqual(key);
    });

    it('gives each customer its own key', async () => {
      const [a, b] = [await keys.getOrCreate(randomUUID()), await keys.getOrCreate(randomUUID())];
      expect(a.key.equals(b.key)).toBe(false);
      expect(a.keyId).not.toBe(b.keyId);
    });

    it('agrees with another instance on the key, even when both create it at once', async () => {
      const customerId = randomUUID();
      const other = await open();
      const [a, b] = await Promise.all([keys.getOrCreate(customerId), other.getOrCreate(customerId)]);
      expect(a).toEqual(b);
      const fresh = await open();
      expect(await fresh.get(customerId)).toEqual(a);
      await Promise.all([other.close(), fresh.close()]);
    });

    it('after destroy reads as destroyed, not missing, here and in a fresh instance', async () => {
      const customerId = randomUUID();
      await keys.getOrCreate(customerId);
      await keys.destroy(customerId);
      expect(await keys.get(customerId)).toBe('destroyed');
      expect(await keys.isDestroyed(customerId)).toBe(true);
      const fresh = await open();
      expect(await fresh.get(customerId)).toBe('destroyed');
      await fresh.close();
    });

    it('never makes a new key for an erased customer', async () => {
      const customerId = randomUUID();
      await keys.getOrCreate(customerId);
      await keys.destroy(customerId);
      await expect(keys.getOrCreate(customerId)).rejects.toThrow(DataKeyDestroyed);
    });

    it('destroys idempotently, and can tombstone a customer who never had a key', async () => {
      const customerId = randomUUID();
      await keys.destroy(customerId, new Date('2031-01-10T00:00:00Z'));
      await keys.destroy(customerId, new Date('2032-01-10T00:00:00Z'));
      expect(await keys.isDestroyed(customerId)).toBe(true);
      await expect(keys.getOrCreate(customerId)).rejects.toThrow(DataKeyDestroyed);
      expect(await keys.isDestroyed(randomUUID())).toBe(false);
    });
  });
}
