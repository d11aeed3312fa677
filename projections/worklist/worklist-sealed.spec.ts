import { randomBytes } from 'node:crypto';
import { addDays, DEFAULT_POLICIES } from '@ledger/domain';
import { blindIndexKeyOf, masterKeyFrom, SealingReadStore, WrappingKeyStore } from '@ledger/personal-data';
import { EmbeddedReadStore } from '@ledger/read-store';
import { MemoryKeyRecords } from '../../libs/personal-data/test/memory.key-records';
import { foldEvents, readStoreWith } from '../shared/test/fold-events';
import { getWorklist } from './get-worklist.query';
import { WORKLIST_CUSTOMERS } from './worklist.documents';
import { worklistProjection } from './worklist.projection';
import { rmBook } from './test/scenario';

/** The folded worklist written through the sealing read store, as the api writes it. */
async function sealedStoreWith(folded: ReturnType<typeof foldEvents>) {
  const inner = new EmbeddedReadStore({ file: ':memory:' });
  const master = masterKeyFrom(randomBytes(32).toString('base64'));
  const store = new SealingReadStore(
    inner,
    new WrappingKeyStore(new MemoryKeyRecords(), master),
    blindIndexKeyOf(master),
  );
  await store.commit(
    Object.entries(folded).flatMap(([collection, documents]) =>
      Object.values(documents).map((document) => ({ collection, id: document._id, document })),
    ),
  );
  return { inner, store };
}

describe('the worklist over sealed documents and a blind-indexed birthday', () => {
  it('holds no birth date, and lists every day of a year what the plain documents list', async () => {
    const folded = foldEvents(worklistProjection(DEFAULT_POLICIES), rmBook().events);
    const plain = await readStoreWith(folded);
    const { inner, store } = await sealedStoreWith(folded);
    const stored = await inner.find(WORKLIST_CUSTOMERS, {});
    expect(stored.length).toBeGreaterThan(0);
    for (const document of stored)
      expect(JSON.stringify(document)).not.toMatch(/"birthDate":"\d|"\d\d-\d\d"/);

    let birthdays = 0;
    for (let day = 0; day < 400; day++) {
      const date = addDays('2025-11-20', day);
      for (const relationshipManagerId of ['rm-li', 'rm-wang']) {
        const query = { relationshipManagerId, date };
        const expected = await getWorklist(plain, query, DEFAULT_POLICIES);
        expect(await getWorklist(store, query, DEFAULT_POLICIES)).toEqual(expected);
        birthdays += expected.items.filter((item) => item.reason === 'birthday').length;
      }
    }
    expect(birthdays).toBeGreaterThan(0); // the year does greet someone
    await plain.close();
    await store.close();
  });
});
