import { DEFAULT_POLICIES } from '@ledger/domain';
import { ERASED_MARKER } from '@ledger/domain';
import { foldEvents } from '../shared/test/fold-events';
import { CUSTOMERS, type Customer360Document } from './customer-360.document';
import { customer360Projection } from './customer-360.projection';
import { present } from './present';
import { ANNA, at, BAO, CAI, threeCustomers } from './test/scenario';

const ledger = threeCustomers();
const documents = foldEvents(customer360Projection(DEFAULT_POLICIES), ledger.events)[CUSTOMERS] as Record<
  string,
  Customer360Document
>;
const anna = documents[ANNA]!;
const lastOf = (customerId: string, type: string) =>
  ledger.events.filter((event) => event.stream === `customer-${customerId}` && event.type === type).at(-1)!;

describe('customer-360 fold', () => {
  it('keeps one document per onboarded customer', () => {
    expect(Object.keys(documents).sort()).toEqual([ANNA, BAO, CAI]);
  });

  it('stores the facts the list filters compare with now, not judgments about today', () => {
    expect(anna).toMatchObject({
      segment: 'retail',
      tier: 'PRIVATE',
      relationshipManagerId: 'rm-wang',
      status: 'active',
      nextContactDue: '2026-03-19', // 600,000 in assets: every 14 days after 2026-03-05
      lastActivityAt: at('2026-03-05'),
      maturityDates: ['2026-04-10'],
      growingFrom: at('2026-04-05'),
      matureFrom: at('2027-01-05'),
      seniorAfter: at('2031-01-05'),
    });
    for (const judged of ['overdue', 'dormant', 'lifecycle', 'rfm', 'alerts'])
      expect(anna).not.toHaveProperty(judged);
  });

  it('records the stream revision and position of the last event it reflects', () => {
    const last = lastOf(ANNA, 'ContactLogged');
    expect(anna).toMatchObject({ revision: 11, position: last.position });
  });

  it('keeps tier changes newest first, and counts contacts by channel', () => {
    expect(
      anna.tierHistory.map(({ fromTier, toTier, direction, override, decidedBy, reviewId }) => ({
        fromTier,
        toTier,
        direction,
        override,
        decidedBy,
        reviewId,
      })),
    ).toEqual([
      {
        fromTier: 'WEALTH',
        toTier: 'PRIVATE',
        direction: 'upgrade',
        override: true,
        decidedBy: 'committee-chen',
        reviewId: 'R-anna',
      },
      {
        fromTier: 'MASS',
        toTier: 'WEALTH',
        direction: 'upgrade',
        override: false,
        decidedBy: 'system',
        reviewId: null,
      },
    ]);
    expect(anna.tierHistory[0]?.eventId).toBe(lastOf(ANNA, 'TierReassessed').eventId);
    expect(anna.contactsByChannel).toEqual({ phone: 1, sms: 0, visit: 0, email: 0, wechat: 1 });
  });

  it('blanks the personal fields when the data is erased', () => {
    const bao = documents[BAO]!;
    expect(bao.customer).toMatchObject({
      name: ERASED_MARKER,
      idNumber: ERASED_MARKER,
      phone: ERASED_MARKER,
      email: null,
      birthDate: null,
    });
    expect(present(bao, at('2031-03-01'), DEFAULT_POLICIES)).toMatchObject({
      status: 'offboarded',
      overdue: false,
      alerts: [],
    });
  });

  it('replaying the events twice gives identical documents', () => {
    expect(foldEvents(customer360Projection(DEFAULT_POLICIES), ledger.events)).toEqual(
      foldEvents(customer360Projection(DEFAULT_POLICIES), ledger.events),
    );
  });
});
