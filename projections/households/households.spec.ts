import type { RecordedEvent } from '@ledger/event-store';
import { foldEvents, readStoreWith } from '../shared/test/fold-events';
import { toWireMoney } from '../shared/wire-money';
import { householdView } from './household-view.query';
import { householdsProjection } from './households.projection';

let position = 0;
function recorded(stream: string, type: string, data: object): RecordedEvent {
  position += 1;
  return {
    eventId: `e-${position}`,
    stream,
    type,
    data,
    metadata: { schemaVersion: 1 },
    revision: 0n,
    position: String(position).padStart(8, '0'),
  } as unknown as RecordedEvent;
}
const AT = '2026-12-07T09:00:00.000Z';
const cny = (yuan: number) => ({ amountMinor: yuan * 100, currency: 'CNY' });
/** The same amount as the view answers it (ADR 0033). */
const wire = (yuan: number) => toWireMoney(cny(yuan));
const formed = (householdId: string) =>
  recorded(`household-${householdId}`, 'HouseholdFormed', {
    householdId,
    name: '王家',
    branchId: 'b1',
    formedAt: AT,
  });
const joined = (householdId: string, customerId: string, role = 'head') =>
  recorded(`household-${householdId}`, 'HouseholdMemberJoined', {
    householdId,
    customerId,
    role,
    joinedAt: AT,
  });
const left = (householdId: string, customerId: string) =>
  recorded(`household-${householdId}`, 'HouseholdMemberLeft', {
    householdId,
    customerId,
    reason: 'moved',
    leftAt: AT,
  });
const revalued = (customerId: string, yuan: number) =>
  recorded(`customer-${customerId}`, 'AssetsRevalued', {
    customerId,
    totalFinancialAssets: cny(yuan),
    previous: cny(0),
    delta: cny(yuan),
    largeMovement: null,
    asOf: AT,
  });

async function viewAfter(events: RecordedEvent[], householdId = 'h1') {
  return householdView(await readStoreWith(foldEvents(householdsProjection, events)), householdId);
}

describe('the households read model', () => {
  it('shows the members and adds up their latest valuations, one made before joining included', async () => {
    const view = await viewAfter([
      revalued('c1', 300_000),
      formed('h1'),
      joined('h1', 'c1'),
      joined('h1', 'c2', 'spouse'),
      revalued('c2', 100_000),
      revalued('c1', 250_000),
      revalued('c9', 1_000_000),
    ]);
    expect(view).toMatchObject({
      householdId: 'h1',
      name: '王家',
      members: [
        { customerId: 'c1', role: 'head', totalFinancialAssets: wire(250_000) },
        { customerId: 'c2', role: 'spouse', totalFinancialAssets: wire(100_000) },
      ],
      householdAum: wire(350_000),
    });
  });

  it('drops a member who left from the members and the AUM', async () => {
    const view = await viewAfter([
      formed('h1'),
      joined('h1', 'c1'),
      joined('h1', 'c2', 'child'),
      revalued('c1', 300_000),
      revalued('c2', 100_000),
      left('h1', 'c2'),
    ]);
    expect(view?.members.map((member) => member.customerId)).toEqual(['c1']);
    expect(view?.householdAum).toEqual(wire(300_000));
  });

  it("counts a member's assets in the household joined after leaving another", async () => {
    const events = [
      formed('h1'),
      formed('h2'),
      joined('h1', 'c1'),
      revalued('c1', 500_000),
      left('h1', 'c1'),
      joined('h2', 'c1'),
    ];
    expect((await viewAfter(events, 'h1'))?.householdAum).toEqual(wire(0));
    expect((await viewAfter(events, 'h2'))?.householdAum).toEqual(wire(500_000));
  });

  it('ends the same when a later join is folded before an earlier leave (a rebuild stream by stream)', async () => {
    const byStream = [
      formed('h2'),
      joined('h2', 'c1'),
      formed('h1'),
      joined('h1', 'c1'),
      left('h1', 'c1'),
      revalued('c1', 7),
    ];
    expect((await viewAfter(byStream, 'h2'))?.householdAum).toEqual(wire(7));
    expect((await viewAfter(byStream, 'h1'))?.householdAum).toEqual(wire(0));
  });

  it('knows no household never formed', async () => {
    expect(await viewAfter([joined('h1', 'c1')])).toBeNull();
  });

  it('lists a member once when a join is applied again (a replayed event)', async () => {
    const again = joined('h1', 'c1');
    const view = await viewAfter([formed('h1'), again, revalued('c1', 10), again]);
    expect(view?.members).toHaveLength(1);
    expect(view?.householdAum).toEqual(wire(10));
  });
});
