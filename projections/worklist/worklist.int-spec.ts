import { DEFAULT_POLICIES } from '@ledger/domain';
import type { RecordedEvent } from '@ledger/event-store';
import { foldEvents, readStoreWith, storedDocuments } from '../shared/test/fold-events';
import { RuntimeRun } from '../shared/test/runtime-run';
import { getWorklist } from './get-worklist.query';
import { WORKLIST_CUSTOMERS } from './worklist.documents';
import { worklistProjection } from './worklist.projection';
import { ANNA, BEN, rmBook } from './test/scenario';

describe('worklist through the runtime, the SQLite event store and the embedded read store', () => {
  const run = new RuntimeRun(worklistProjection(DEFAULT_POLICIES));
  let recorded: RecordedEvent[];

  beforeAll(async () => {
    recorded = await run.project(rmBook());
  });
  afterAll(() => run.close());

  it('stores what the pure fold computes from the recorded events', async () => {
    expect(await storedDocuments(run.reads, WORKLIST_CUSTOMERS)).toEqual(
      foldEvents(worklistProjection(DEFAULT_POLICIES), recorded)[WORKLIST_CUSTOMERS],
    );
  });

  it('answers each relationship manager’s worklist from the stored documents', async () => {
    const folded = await readStoreWith(foldEvents(worklistProjection(DEFAULT_POLICIES), recorded));
    for (const relationshipManagerId of ['rm-li', 'rm-wang']) {
      const query = { relationshipManagerId, date: '2026-06-15' };
      expect(await getWorklist(run.reads, query, DEFAULT_POLICIES)).toEqual(
        await getWorklist(folded, query, DEFAULT_POLICIES),
      );
    }
    expect(
      await getWorklist(
        run.reads,
        { relationshipManagerId: 'rm-wang', date: '2026-06-15' },
        DEFAULT_POLICIES,
      ),
    ).toEqual({
      relationshipManagerId: 'rm-wang',
      date: '2026-06-15',
      items: [
        expect.objectContaining({ customerId: BEN, priority: 3, reason: 'cadence', dueDate: '2025-12-31' }),
      ],
    });
    expect(
      (await getWorklist(run.reads, { relationshipManagerId: 'rm-li', date: '2026-06-15' }, DEFAULT_POLICIES))
        .items,
    ).toEqual([
      {
        customerId: ANNA,
        priority: 3,
        reason: 'cadence',
        dueDate: '2026-04-23',
        relationshipManagerId: 'rm-li',
        escalateToBranchHead: false,
        holdingId: null,
      },
    ]);
    await folded.close();
  });

  it('a rebuild from position 0 replays every event into identical documents, twice', async () => {
    const before = await storedDocuments(run.reads, WORKLIST_CUSTOMERS);
    for (let rebuild = 0; rebuild < 2; rebuild++) {
      await run.rebuild(worklistProjection(DEFAULT_POLICIES).name);
      expect(await storedDocuments(run.reads, WORKLIST_CUSTOMERS)).toEqual(before);
    }
  });
});
