import type { EventStore } from '../src';
import { describeAppends } from './contract/append.contract';
import { describeBadInput } from './contract/bad-input.contract';
import { describeConcurrency } from './contract/concurrency.contract';
import type { ContractContext, ContractOptions } from './contract/fixtures';
import { describeIdempotentRetries } from './contract/idempotency.contract';
import { describeReads } from './contract/reads.contract';
import { describeStreamOrderReads } from './contract/stream-order.contract';
import { describeSubscriptions } from './contract/subscription.contract';
import { describeVerification } from './contract/verification.contract';

export type { ContractOptions } from './contract/fixtures';

/**
 * The behaviour every EventStore adapter must show. One store is opened for the suite and closed
 * after it; every test uses fresh stream names and event types, so it can run against a shared server.
 */
export function describeEventStoreContract(
  adapterName: string,
  createStore: () => Promise<EventStore>,
  options: ContractOptions = {},
): void {
  describe(`EventStore contract: ${adapterName}`, () => {
    let store: EventStore | undefined;
    beforeAll(async () => {
      store = await createStore();
    });
    afterAll(async () => {
      await store?.close();
    });

    const context: ContractContext = {
      store: () => {
        if (!store) throw new Error(`the ${adapterName} store did not open`);
        return store;
      },
      options: { uniqueEventIdsAcrossStreams: true, racers: 50, ...options },
    };
    describeAppends(context);
    describeIdempotentRetries(context);
    describeBadInput(context);
    describeConcurrency(context);
    describeReads(context);
    describeStreamOrderReads(context);
    describeSubscriptions(context);
    describeVerification(context);
  });
}
