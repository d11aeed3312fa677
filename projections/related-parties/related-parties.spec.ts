import { DEFAULT_POLICIES, money, type RelatedPartyRelation } from '@ledger/domain';
import type { RecordedEvent } from '@ledger/event-store';
import { customer360Projection } from '../customer-360/customer-360.projection';
import { DecidedLedger } from '../shared/test/decided-ledger';
import { foldEvents, readStoreWith } from '../shared/test/fold-events';
import { payrollLinkage } from './payroll-linkage.query';
import { relatedPartiesProjection } from './related-parties.projection';
import { linksOf } from './related-parties.queries';

const at = (date: string) => `${date}T09:00:00.000Z`;
const CORP_A = 'corp-a';
const CORP_B = 'corp-b';

/** Two corporates in two branches and their people, set up through the decider. */
function decidedLedger() {
  const ledger = new DecidedLedger();
  const onboard = (id: string, segment: 'retail' | 'corporate', branchId = 'b1') =>
    ledger.run('OnboardCustomer', id, at('2026-01-05'), {
      segment,
      name: `${id}-name`,
      idNumber: `id-${id}`,
      phone: '+8613800000000',
      branchId,
      relationshipManagerId: 'rm-li',
      consent: { marketing: true },
    });
  const subscribe = (id: string, holdingId: string, productCode: string) =>
    ledger.run('SubscribeProduct', id, at('2026-02-01'), {
      holdingId,
      productCode,
      productType: 'deposit',
      principal: money(100_000),
    });
  const link = (corporateId: string, personId: string, relation: RelatedPartyRelation = 'payroll-employee') =>
    ledger.run('LinkRelatedParty', corporateId, at('2026-03-01'), {
      personId,
      relation,
      person: { customerId: personId, segment: 'retail', active: true },
    });
  return { ledger, onboard, subscribe, link };
}

async function storeOf(events: readonly RecordedEvent[]) {
  return readStoreWith({
    ...foldEvents(relatedPartiesProjection, events),
    ...foldEvents(customer360Projection(DEFAULT_POLICIES), events),
  });
}

describe('the related-parties read model', () => {
  it('shows a link from both sides, and drops it once unlinked', async () => {
    const { ledger, onboard, link } = decidedLedger();
    onboard(CORP_A, 'corporate');
    onboard('p1', 'retail');
    link(CORP_A, 'p1', 'owner');
    const linked = await storeOf(ledger.events);
    expect(await linksOf(linked, CORP_A)).toMatchObject([
      { corporateId: CORP_A, personId: 'p1', relation: 'owner' },
    ]);
    expect(await linksOf(linked, 'p1')).toMatchObject([{ corporateId: CORP_A, personId: 'p1' }]);
    ledger.run('UnlinkRelatedParty', CORP_A, at('2026-04-01'), {
      personId: 'p1',
      reason: 'sold the company',
    });
    const unlinked = await storeOf(ledger.events);
    expect(await linksOf(unlinked, CORP_A)).toEqual([]);
    expect(await linksOf(unlinked, 'p1')).toEqual([]);
  });

  it('ends the same when the events are folded twice (a replay)', () => {
    const { ledger, onboard, link } = decidedLedger();
    onboard(CORP_A, 'corporate');
    onboard('p1', 'retail');
    link(CORP_A, 'p1');
    expect(foldEvents(relatedPartiesProjection, [...ledger.events, ...ledger.events])).toEqual(
      foldEvents(relatedPartiesProjection, ledger.events),
    );
  });
});

describe('the payroll linkage KPI (公私联动)', () => {
  function scenario() {
    const { ledger, onboard, subscribe, link } = decidedLedger();
    onboard(CORP_A, 'corporate', 'b1');
    onboard(CORP_B, 'corporate', 'b2');
    for (const person of ['p1', 'p2', 'p3', 'p4', 'p5']) onboard(person, 'retail');
    // p1: two products (one held twice); p2: one; p3: none; p4 an owner, not payroll.
    subscribe('p1', 'h1', 'DEP-CNY');
    subscribe('p1', 'h2', 'DEP-CNY');
    subscribe('p1', 'h3', 'TD-6M');
    subscribe('p2', 'h4', 'DEP-CNY');
    link(CORP_A, 'p1');
    link(CORP_A, 'p2');
    link(CORP_A, 'p3');
    link(CORP_A, 'p4', 'owner');
    link(CORP_B, 'p1');
    link(CORP_B, 'p5');
    return ledger;
  }

  it('counts per corporate the payroll employees, the share holding a product and the average product count', async () => {
    const items = await payrollLinkage(await storeOf(scenario().events), 'corporate');
    expect(items).toEqual([
      {
        corporateId: CORP_A,
        branchId: 'b1',
        payrollEmployees: 3,
        holdingAProduct: 2,
        penetration: 2 / 3,
        averageProducts: 1,
      },
      {
        corporateId: CORP_B,
        branchId: 'b2',
        payrollEmployees: 2,
        holdingAProduct: 1,
        penetration: 0.5,
        averageProducts: 1,
      },
    ]);
  });

  it('groups by the corporate’s branch, narrowed to one branch when asked', async () => {
    const store = await storeOf(scenario().events);
    expect(
      (await payrollLinkage(store, 'branch')).map((item) => [item.branchId, item.payrollEmployees]),
    ).toEqual([
      ['b1', 3],
      ['b2', 2],
    ]);
    expect(await payrollLinkage(store, 'branch', 'b2')).toEqual([
      { branchId: 'b2', payrollEmployees: 2, holdingAProduct: 1, penetration: 0.5, averageProducts: 1 },
    ]);
  });

  it('leaves out offboarded employees, matured holdings and unlinked people', async () => {
    const ledger = scenario();
    ledger.run('OffboardCustomer', 'p3', at('2026-05-01'), { reason: 'moved' });
    ledger.run('RecordMaturity', 'p2', at('2026-05-02'), { holdingId: 'h4', proceeds: money(100_000) });
    ledger.run('UnlinkRelatedParty', CORP_B, at('2026-05-03'), { personId: 'p5', reason: 'left' });
    const items = await payrollLinkage(await storeOf(ledger.events), 'corporate');
    expect(items.find((item) => item.corporateId === CORP_A)).toMatchObject({
      payrollEmployees: 2,
      holdingAProduct: 1,
      penetration: 0.5,
      averageProducts: 1,
    });
    expect(items.find((item) => item.corporateId === CORP_B)).toMatchObject({ payrollEmployees: 1 });
  });
});
