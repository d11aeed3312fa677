import { DEFAULT_POLICIES } from '@ledger/domain';
import type { EmbeddedReadStore } from '@ledger/read-store';
import { foldEvents, readStoreWith } from '../shared/test/fold-events';
import { getWorklist } from './get-worklist.query';
import { worklistProjection } from './worklist.projection';
import { at, EVA, rmBook } from './test/scenario';

const stores: EmbeddedReadStore[] = [];
afterAll(() => Promise.all(stores.map((store) => store.close())));

async function itemsAt(events: ReturnType<typeof rmBook>['events'], time: string) {
  const store = await readStoreWith(foldEvents(worklistProjection(DEFAULT_POLICIES), events));
  stores.push(store);
  const { items } = await getWorklist(
    store,
    { relationshipManagerId: 'rm-li', date: time },
    DEFAULT_POLICIES,
  );
  return items.map((item) => `P${item.priority} ${item.customerId} ${item.reason} ${item.dueDate}`);
}

describe('worklist and consent (ADR 0024)', () => {
  it('drops the P2 greeting at once when marketing consent is withdrawn, and brings it back with consent', async () => {
    const ledger = rmBook();
    const greeting = `P2 ${EVA} birthday 2025-12-30`;
    expect(await itemsAt(ledger.events, at('2025-12-30'))).toContain(greeting);

    ledger.run('WithdrawConsent', EVA, at('2025-12-30', '10:00'), { purpose: 'marketing' });
    expect(await itemsAt(ledger.events, at('2025-12-30', '11:00'))).not.toContain(greeting);

    ledger.run('GiveConsent', EVA, at('2025-12-30', '12:00'), { purpose: 'marketing' });
    expect(await itemsAt(ledger.events, at('2025-12-30', '13:00'))).toContain(greeting);
  });
});
