import { DEFAULT_POLICIES, money } from '@ledger/domain';
import type { EmbeddedReadStore } from '@ledger/read-store';
import { foldEvents, readStoreWith } from '../shared/test/fold-events';
import { getWorklist } from './get-worklist.query';
import { WORKLIST_CUSTOMERS, type WorklistCustomer } from './worklist.documents';
import { worklistProjection } from './worklist.projection';
import { ANNA, at, BEN, CAI, DAN, EVA, rmBook } from './test/scenario';

const ledger = rmBook();
const stores: EmbeddedReadStore[] = [];
afterAll(() => Promise.all(stores.map((store) => store.close())));

/** rm's worklist at `time`, from the events recorded by then: what the RM saw that day. */
async function worklistAt(time: string, relationshipManagerId = 'rm-li') {
  const recorded = ledger.events.filter((event) => event.metadata.recordedAt <= time);
  const store = await readStoreWith(foldEvents(worklistProjection(DEFAULT_POLICIES), recorded));
  stores.push(store);
  const { items } = await getWorklist(store, { relationshipManagerId, date: time }, DEFAULT_POLICIES);
  return items.map((item) => `P${item.priority} ${item.customerId} ${item.reason} ${item.dueDate}`);
}

describe('worklist fold', () => {
  const documents = foldEvents(worklistProjection(DEFAULT_POLICIES), ledger.events)[
    WORKLIST_CUSTOMERS
  ] as Record<string, WorklistCustomer>;

  it('keeps active customers only, under their current relationship manager', () => {
    expect(Object.keys(documents).sort()).toEqual([ANNA, BEN, CAI, EVA]);
    expect(documents[BEN]?.relationshipManagerId).toBe('rm-wang');
  });

  it('stores when each kind of call falls due, and no personal data but the birth date', () => {
    expect(documents[ANNA]).toMatchObject({
      cadenceDue: '2026-04-23', // 14 days after the call on 2026-04-09
      largeMovementDue: null, // answered on 2026-01-07
      maturityWindows: [], // answered on the reminder day
      birthdayMonthDay: '03-07',
    });
    // Ben's only valuation is his first: no movement.
    expect(documents[BEN]).toMatchObject({ cadenceDue: '2025-12-31', largeMovementDue: null });
    expect(documents[CAI]).toMatchObject({ cadenceDue: null, birthdayMonthDay: '02-29' });
    expect(documents[ANNA]?.customer).toMatchObject({
      name: '',
      idNumber: '',
      phone: '',
      birthDate: '1990-03-07',
    });
  });

  it('replaying the events twice gives identical documents', () => {
    expect(foldEvents(worklistProjection(DEFAULT_POLICIES), ledger.events)).toEqual(
      foldEvents(worklistProjection(DEFAULT_POLICIES), ledger.events),
    );
  });
});

describe('getWorklist', () => {
  it('lists the calls due, most urgent first: large movements, then routine calls by due date', async () => {
    expect(await worklistAt(at('2026-01-06', '12:00'))).toEqual([
      `P1 ${ANNA} large-movement 2026-01-06`,
      `P3 ${BEN} cadence 2025-12-31`,
      `P3 ${DAN} cadence 2026-01-04`,
    ]);
  });

  it('drops what a logged contact answered', async () => {
    expect(await worklistAt(at('2026-01-07', '12:00'))).not.toContain(`P1 ${ANNA} large-movement 2026-01-06`);
  });

  it('greets a 29 February birthday on the 28th in a common year, and moves a reassigned customer', async () => {
    expect(await worklistAt(at('2026-02-27', '12:00'))).toEqual([
      `P2 ${CAI} birthday 2026-02-27`,
      `P3 ${DAN} cadence 2026-01-04`,
      `P3 ${ANNA} cadence 2026-01-21`,
    ]);
    expect(await worklistAt(at('2026-02-27', '12:00'), 'rm-wang')).toEqual([`P3 ${BEN} cadence 2025-12-31`]);
  });

  it('drops an offboarded customer', async () => {
    expect(await worklistAt(at('2026-03-02', '12:00'))).toEqual([`P3 ${ANNA} cadence 2026-01-21`]);
  });

  it('raises a maturity the day before, until a call that day about the holding answers it', async () => {
    expect(await worklistAt(at('2026-04-09', '11:00'))).toEqual([
      `P1 ${ANNA} maturity 2026-04-09`,
      `P3 ${ANNA} cadence 2026-03-19`,
    ]);
    // The routine call at noon answers the cadence, not the maturity.
    expect(await worklistAt(at('2026-04-09', '13:00'))).toEqual([`P1 ${ANNA} maturity 2026-04-09`]);
    expect(await worklistAt(at('2026-04-09', '18:00'))).toEqual([]);
  });

  it('keeps a large movement valued in the afternoon open after a call that morning', async () => {
    const book = rmBook();
    const call = {
      channel: 'phone' as const,
      purpose: 'follow-up',
      outcome: 'reached',
      relationshipManagerId: 'rm-li',
    };
    book.run('LogContact', ANNA, at('2026-06-01', '09:00'), { ...call, contactId: 'anna-morning' });
    book.run('RevalueAssets', ANNA, at('2026-06-01', '15:00'), { totalFinancialAssets: money(900_000_00) });
    const items = async (time: string) => {
      const recorded = book.events.filter((event) => event.metadata.recordedAt <= time);
      const store = await readStoreWith(foldEvents(worklistProjection(DEFAULT_POLICIES), recorded));
      stores.push(store);
      const worklist = await getWorklist(
        store,
        { relationshipManagerId: 'rm-li', date: time },
        DEFAULT_POLICIES,
      );
      return worklist.items.map((item) => `${item.reason} ${item.dueDate}`);
    };
    expect(await items(at('2026-06-01', '16:00'))).toContain('large-movement 2026-06-01');
    book.run('LogContact', ANNA, at('2026-06-01', '17:00'), { ...call, contactId: 'anna-afternoon' });
    expect(await items(at('2026-06-01', '18:00'))).not.toContain('large-movement 2026-06-01');
  });

  it('greets across New Year', async () => {
    expect(await worklistAt(at('2025-12-29'))).not.toContain(`P2 ${EVA} birthday 2025-12-30`);
    expect(await worklistAt(at('2025-12-30'))).toContain(`P2 ${EVA} birthday 2025-12-30`);
    expect(await worklistAt(at('2026-01-01'))).toContain(`P2 ${DAN} birthday 2026-01-01`);
  });
});
