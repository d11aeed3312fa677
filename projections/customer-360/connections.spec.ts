import { DEFAULT_POLICIES, money } from '@ledger/domain';
import type { RecordedEvent } from '@ledger/event-store';
import { householdsProjection } from '../households';
import { relatedPartiesProjection } from '../related-parties';
import { DecidedLedger } from '../shared/test/decided-ledger';
import { foldEvents, readStoreWith } from '../shared/test/fold-events';
import { customer360Projection } from './customer-360.projection';
import { getCustomer360 } from './get-customer-360.query';

const at = (date: string) => `${date}T09:00:00.000Z`;
const NOW = at('2026-12-07');

function household(householdId: string, members: [string, string][], position: number): RecordedEvent[] {
  const stream = `household-${householdId}`;
  const events = [
    {
      type: 'HouseholdFormed',
      data: { householdId, name: '王家', branchId: 'b1', formedAt: at('2026-03-01') },
    },
    ...members.map(([customerId, role]) => ({
      type: 'HouseholdMemberJoined',
      data: { householdId, customerId, role, joinedAt: at('2026-03-01') },
    })),
  ];
  return events.map(
    ({ type, data }, index) =>
      ({
        eventId: `h-${position + index}`,
        stream,
        type,
        data,
        metadata: { schemaVersion: 1 },
        revision: BigInt(index),
        position: String(position + index),
      }) as unknown as RecordedEvent,
  );
}

async function viewsAfter(events: readonly RecordedEvent[], ids: string[]) {
  const store = await readStoreWith({
    ...foldEvents(customer360Projection(DEFAULT_POLICIES), events),
    ...foldEvents(householdsProjection, events),
    ...foldEvents(relatedPartiesProjection, events),
  });
  return Promise.all(ids.map((id) => getCustomer360(store, id, NOW, DEFAULT_POLICIES)));
}

describe("the 360 view's household and related parties", () => {
  const ledger = new DecidedLedger();
  const onboard = (id: string, name: string, segment: 'retail' | 'corporate' = 'retail') =>
    ledger.run('OnboardCustomer', id, at('2026-01-05'), {
      segment,
      name,
      idNumber: `id-${id}`,
      phone: '+8613800000000',
      branchId: 'b1',
      relationshipManagerId: 'rm-li',
      consent: { marketing: true },
    });
  onboard('wang', '王大伟');
  onboard('chen', '陈静');
  onboard('corp', '上海星河科技有限公司', 'corporate');
  ledger.run('RevalueAssets', 'wang', at('2026-02-01'), { totalFinancialAssets: money(30_000_000) });
  ledger.run('LinkRelatedParty', 'corp', at('2026-03-02'), {
    personId: 'chen',
    relation: 'executive',
    person: { customerId: 'chen', segment: 'retail', active: true },
  });
  const base = [
    ...ledger.events,
    ...household(
      'h1',
      [
        ['wang', 'head'],
        ['chen', 'spouse'],
      ],
      1_000,
    ),
  ];

  it("shows each member the household, its members' names and the AUM of their latest valuations", async () => {
    const [wang, chen] = await viewsAfter(base, ['wang', 'chen']);
    const members = [
      { customerId: 'wang', role: 'head', name: '王大伟' },
      { customerId: 'chen', role: 'spouse', name: '陈静' },
    ];
    const aum = { amount: '300000.00', currency: 'CNY' };
    expect(wang?.household).toEqual({ householdId: 'h1', name: '王家', role: 'head', members, aum });
    expect(chen?.household).toMatchObject({ role: 'spouse', members, aum });
  });

  it("follows a member's revaluation in every member's view", async () => {
    const from = ledger.events.length;
    ledger.run('RevalueAssets', 'chen', at('2026-04-01'), { totalFinancialAssets: money(5_000_000) });
    const events = [...base, ...ledger.events.slice(from)];
    const views = await viewsAfter(events, ['wang', 'chen']);
    expect(views.map((view) => view?.household?.aum.amount)).toEqual(['350000.00', '350000.00']);
  });

  it('shows a link on both sides, naming the other party', async () => {
    const [corp, chen, wang] = await viewsAfter(base, ['corp', 'chen', 'wang']);
    expect(corp?.relatedParties).toEqual([
      {
        corporateId: 'corp',
        personId: 'chen',
        relation: 'executive',
        linkedAt: at('2026-03-02'),
        counterpartyId: 'chen',
        name: '陈静',
      },
    ]);
    expect(chen?.relatedParties).toMatchObject([{ counterpartyId: 'corp', name: '上海星河科技有限公司' }]);
    expect(wang?.relatedParties).toEqual([]);
    expect(corp?.household).toBeNull();
  });
});
