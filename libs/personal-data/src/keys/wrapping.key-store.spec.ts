import { randomBytes } from 'node:crypto';
import { MemoryKeyRecords } from '../../test/memory.key-records';
import { masterKeyFrom } from './master-key';
import { WrappingKeyStore } from './wrapping.key-store';

describe('the key cache inside the key store', () => {
  const master = masterKeyFrom(randomBytes(32).toString('base64'));

  it('serves repeated lookups from memory', async () => {
    const records = new MemoryKeyRecords();
    const find = jest.spyOn(records, 'find');
    const keys = new WrappingKeyStore(records, master);
    const key = await keys.getOrCreate('c-1');
    await keys.get('c-1');
    await keys.get('c-1');
    expect(find).toHaveBeenCalledTimes(1);
    expect(await keys.get('c-1')).toEqual(key);
  });

  it('evicts on destroy, so the next read sees the tombstone', async () => {
    const keys = new WrappingKeyStore(new MemoryKeyRecords(), master);
    await keys.getOrCreate('c-1');
    await keys.destroy('c-1');
    expect(await keys.get('c-1')).toBe('destroyed');
  });

  it('does not re-cache a key read by a lookup that raced with destroy', async () => {
    const records = new MemoryKeyRecords();
    await new WrappingKeyStore(records, master).getOrCreate('c-1');
    const keys = new WrappingKeyStore(records, master);
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    const original = records.find.bind(records);
    // The lookup reads the live row, then stalls until destroy has finished.
    jest.spyOn(records, 'find').mockImplementationOnce(async (id) => {
      const row = await original(id);
      await released;
      return row;
    });
    const racing = keys.get('c-1');
    await keys.destroy('c-1');
    release();
    expect(await racing).not.toBe('destroyed');
    expect(await keys.get('c-1')).toBe('destroyed');
  });
});
