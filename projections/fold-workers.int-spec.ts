import { DEFAULT_POLICIES } from '@ledger/domain';
import { allProjectionsSource } from './fold-source';
import { allProjections } from './index';
import { buildAll, seededLedger, type SeededLedger } from './shared/test/seeded-build';

const PROJECTIONS = allProjections(DEFAULT_POLICIES);

describe('a stream pass folded on worker threads', () => {
  let ledger: SeededLedger;
  beforeAll(async () => {
    // With campaigns and households: documents that several streams add up to (KPI days, campaigns).
    ledger = await seededLedger(120, 9);
  });
  afterAll(() => ledger.close());

  it('builds every read model document by document as the single-threaded rebuild does', async () => {
    const single = await buildAll(ledger.events, PROJECTIONS);
    const threaded = await buildAll(ledger.events, PROJECTIONS, {
      foldWorkers: { count: 2, source: allProjectionsSource(DEFAULT_POLICIES) },
    });
    for (const [collection, documents] of Object.entries(single)) {
      expect(Object.keys(documents).length).toBeGreaterThan(0);
      expect({ [collection]: threaded[collection] }).toEqual({ [collection]: documents });
    }
  }, 120_000);
});
