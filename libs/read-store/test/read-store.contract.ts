import { randomUUID } from 'node:crypto';
import type { ReadStore } from '../src';
import { aliasContract } from './contract/aliases';
import { checkpointContract } from './contract/checkpoints';
import type { ContractContext } from './contract/context';
import { indexContract } from './contract/indexes';
import { persistenceContract } from './contract/persistence';
import { queryContract } from './contract/queries';
import { writeContract } from './contract/writes';

/**
 * The behaviour every ReadStore adapter shares, run by a three-line spec per adapter.
 * `openStore` opens the adapter over the suite's storage; opening it again after close must see
 * the same data. Every test uses fresh collection, projection and alias names, so runs never collide.
 */
export function describeReadStoreContract(name: string, openStore: () => Promise<ReadStore>): void {
  describe(`${name} read store`, () => {
    let store: ReadStore;
    const context: ContractContext = {
      store: () => store,
      reopen: async () => {
        await store.close();
        store = await openStore();
        return store;
      },
      fresh: (prefix) => `${prefix}-${randomUUID().slice(0, 8)}`,
    };

    beforeEach(async () => {
      store = await openStore();
    });
    afterEach(async () => {
      await store.close();
    });

    describe('writing documents', () => writeContract(context));
    describe('querying', () => queryContract(context));
    describe('checkpoints', () => checkpointContract(context));
    describe('indexes', () => indexContract(context));
    describe('collections and aliases', () => aliasContract(context));
    describe('after a reopen', () => persistenceContract(context));
  });
}
