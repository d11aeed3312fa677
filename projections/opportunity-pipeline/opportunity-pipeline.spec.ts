import type { CustomerFacts } from '@ledger/domain';
import { fieldsRead } from '@ledger/read-store';
import { foldEvents, readStoreWith } from '../shared/test/fold-events';
import { OPPORTUNITIES, type OpportunityDocument } from './opportunity-pipeline.documents';
import { opportunityPipelineProjection } from './opportunity-pipeline.projection';
import { getOpportunity, listOpportunities } from './list-opportunities.query';
import { pipelineSummary, summarisePipeline } from './pipeline-summary.query';
import { OpportunityLedger } from './test/opportunity-ledger';

const cny = (yuan: number) => ({ amountMinor: yuan * 100, currency: 'CNY' });
const at = (day: string) => `2026-03-${day}T09:00:00.000Z`;
const customer = (customerId: string, rm: string, branchId: string): CustomerFacts => ({
  customerId,
  relationshipManagerId: rm,
  branchId,
  active: true,
  holdings: {
    [`H-${customerId}`]: {
      holdingId: `H-${customerId}`,
      productCode: 'WM-115D',
      principal: cny(280_000),
      openedAt: at('10'),
    },
  },
});

/** rm-li: one won (280,000 against 300,000 expected), one lost, one proposed; rm-wang (b2): one identified. */
function pipeline(): OpportunityLedger {
  const ledger = new OpportunityLedger();
  const open = (
    id: string,
    facts: CustomerFacts,
    yuan: number,
    actor = { id: facts.relationshipManagerId, role: 'relationship-manager' },
  ) =>
    ledger.run(
      'OpenOpportunity',
      id,
      at('01'),
      {
        customerId: facts.customerId,
        customer: facts,
        productCode: 'WM-115D',
        source: 'relationship-manager',
        expectedAmount: cny(yuan),
      },
      actor,
    );
  const li1 = customer('c1', 'rm-li', 'b1');
  open('o1', li1, 300_000);
  ledger.run('AdvanceOpportunity', 'o1', at('02'), { stage: 'contacted' });
  ledger.run('AdvanceOpportunity', 'o1', at('05'), { stage: 'closing' });
  ledger.run('WinOpportunity', 'o1', at('10'), { holdingId: 'H-c1', customer: li1 });
  open('o2', customer('c2', 'rm-li', 'b1'), 100_000);
  ledger.run('LoseOpportunity', 'o2', at('03'), { reason: 'rates too low' });
  open('o3', customer('c3', 'rm-li', 'b1'), 50_000);
  ledger.run('AdvanceOpportunity', 'o3', at('04'), { stage: 'proposed' });
  open('o4', customer('c4', 'rm-wang', 'b2'), 20_000);
  return ledger;
}

describe('the opportunity pipeline fold', () => {
  it('keeps one document per opportunity: stage trail, outcome and the converted principal', () => {
    const documents = foldEvents(opportunityPipelineProjection, pipeline().events)[OPPORTUNITIES]!;
    expect(Object.keys(documents).sort()).toEqual(['o1', 'o2', 'o3', 'o4']);
    expect(documents['o1']).toMatchObject({
      owner: 'rm-li',
      branchId: 'b1',
      stage: 'closing',
      status: 'won',
      stages: [
        { stage: 'identified', at: at('01') },
        { stage: 'contacted', at: at('02') },
        { stage: 'closing', at: at('05') },
      ],
      holdingId: 'H-c1',
      wonAmount: cny(280_000),
      closedAt: at('10'),
    });
    expect(documents['o2']).toMatchObject({
      status: 'lost',
      lostReason: 'rates too low',
      stage: 'identified',
    });
  });

  it('folds to the same documents when replayed twice', () => {
    const events = pipeline().events;
    const once = foldEvents(opportunityPipelineProjection, events);
    expect(foldEvents(opportunityPipelineProjection, [...events, ...events])).toEqual(once);
  });
});

describe('the pipeline summary', () => {
  const documents = () =>
    Object.values(
      foldEvents(opportunityPipelineProjection, pipeline().events)[OPPORTUNITIES]!,
    ) as OpportunityDocument[];

  it('by relationship manager: open by stage with expected amounts, won count and amount, lost count', () => {
    const { groups } = summarisePipeline(documents(), 'relationshipManager');
    expect(groups.map((group) => group.key)).toEqual(['rm-li', 'rm-wang']);
    const li = groups[0]!;
    expect(li).toMatchObject({
      currency: 'CNY',
      open: { count: 1, expectedAmount: { amount: '50000.00', currency: 'CNY' } },
      won: { count: 1, amount: { amount: '280000.00', currency: 'CNY' } },
      lost: { count: 1 },
      conversionRate: 0.5,
    });
    expect(li.byStage.proposed).toEqual({
      count: 1,
      expectedAmount: { amount: '50000.00', currency: 'CNY' },
    });
    expect(li.byStage.closing.count).toBe(0);
    expect(groups[1]).toMatchObject({ byStage: { identified: { count: 1 } }, conversionRate: null });
  });

  it('by branch, narrowed to a scope and to a period of openings, from the read store', async () => {
    const store = await readStoreWith(foldEvents(opportunityPipelineProjection, pipeline().events));
    const byBranch = await pipelineSummary(store, { groupBy: 'branch' });
    expect(byBranch.groups.map(({ key, open, won }) => [key, open.count, won.count])).toEqual([
      ['b1', 1, 1],
      ['b2', 1, 0],
    ]);
    const scoped = await pipelineSummary(store, { groupBy: 'branch', branchId: 'b2' });
    expect(scoped.groups.map((group) => group.key)).toEqual(['b2']);
    const later = await pipelineSummary(store, { groupBy: 'branch', openedFrom: '2026-04-01T00:00:00Z' });
    expect(later.groups).toEqual([]);
  });
});

describe('the pipeline list', () => {
  it('filters by owner, stage and status, with money on the wire', async () => {
    const store = await readStoreWith(foldEvents(opportunityPipelineProjection, pipeline().events));
    const own = await listOpportunities(store, { owner: 'rm-li' });
    expect(own.items.map((item) => item.opportunityId)).toEqual(['o1', 'o2', 'o3']);
    expect(own.total).toBe(3);
    const proposed = await listOpportunities(store, { owner: 'rm-li', stage: 'proposed', status: 'open' });
    expect(proposed.items).toEqual([
      expect.objectContaining({
        opportunityId: 'o3',
        expectedAmount: { amount: '50000.00', currency: 'CNY' },
      }),
    ]);
    expect(await getOpportunity(store, 'o4', { owner: 'rm-li' })).toBeNull();
    expect(await getOpportunity(store, 'o4', { branchId: 'b2' })).toMatchObject({ owner: 'rm-wang' });
  });

  it('filters and sorts on indexed fields only', () => {
    const indexed = new Set([
      '_id',
      ...(opportunityPipelineProjection.indexes?.[OPPORTUNITIES] ?? []).flatMap((spec) =>
        Object.keys(spec.keys),
      ),
    ]);
    const read = fieldsRead(
      {
        owner: 'x',
        branchId: 'b',
        stage: 'proposed',
        status: 'open',
        customerId: 'c',
        openedAt: { $gte: 'a' },
        _id: 'o',
      },
      { openedAt: 1, _id: 1 },
    );
    expect([...(read ?? ['?'])].filter((field) => !indexed.has(field))).toEqual([]);
  });
});
