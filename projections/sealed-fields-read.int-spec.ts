import { DEFAULT_POLICIES } from '@ledger/domain';
import type { Projection } from '@ledger/projection-runtime';
import { isEncryptedField } from '@ledger/personal-data';
import { allProjections } from './index';
import { buildAll, seededLedger, type SeededLedger } from './shared/test/seeded-build';

const PROJECTIONS = allProjections(DEFAULT_POLICIES);

/** The same projections with no declaration: the stream pass then opens every sealed field. */
const openingEverything = (projections: readonly Projection[]): Projection[] =>
  projections.map(({ sealedFields: _declared, ...projection }) => projection);

describe('a stream pass opens only the sealed fields its read models declare', () => {
  let ledger: SeededLedger;
  beforeAll(async () => {
    ledger = await seededLedger(80, 5);
  });
  afterAll(() => ledger.close());

  it('every read model declares what it reads', () => {
    expect(PROJECTIONS.filter((projection) => projection.sealedFields === undefined)).toEqual([]);
  });

  it('builds the same documents as a pass that opens every sealed field', async () => {
    const declared = await buildAll(ledger.events, PROJECTIONS);
    const everything = await buildAll(ledger.events, openingEverything(PROJECTIONS));
    for (const [collection, documents] of Object.entries(everything)) {
      expect(Object.keys(documents).length).toBeGreaterThan(0);
      expect({ [collection]: declared[collection] }).toEqual({ [collection]: documents });
    }
  });

  it('leaves what no read model declared as ciphertext, and opens what one did', async () => {
    const { head } = { head: await ledger.events.headPosition() };
    let notes = 0;
    let names = 0;
    for await (const chunk of ledger.events.readByStream({
      upTo: head ?? '0',
      opens: { CustomerOnboarded: ['name'] },
    })) {
      for (const event of chunk.events) {
        if (event.type === 'ContactLogged' && event.data['notes'] !== undefined) {
          expect(isEncryptedField(event.data['notes'])).toBe(true);
          notes++;
        }
        if (event.type === 'CustomerOnboarded') {
          expect(typeof event.data['name']).toBe('string');
          expect(isEncryptedField(event.data['phone'])).toBe(true);
          names++;
        }
      }
    }
    expect(notes).toBeGreaterThan(0);
    expect(names).toBe(80);
  });
});
