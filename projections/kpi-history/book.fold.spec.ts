import type { CustomerEvent } from '@ledger/domain';
import type { KpiBook } from './book.documents';
import { kpiBookEvolve } from './book.fold';

const money = (amountMinor: number) => ({ amountMinor, currency: 'CNY' });
const contact = (occurredAt: string): CustomerEvent =>
  ({
    type: 'ContactLogged',
    schemaVersion: 1,
    data: {
      customerId: 'A',
      contactId: occurredAt,
      channel: 'phone',
      purpose: 'p',
      outcome: 'o',
      relationshipManagerId: 'rm-li',
      priority: 3,
      occurredAt,
    },
  }) as CustomerEvent;

const book: KpiBook = {
  _id: 'A',
  branchId: 'b1',
  relationshipManagers: ['rm-li'],
  facts: [
    ['2026-01-05', 'm', 'rm-li'],
    ['2026-01-20', 'c'],
  ],
};

describe('kpiBookEvolve', () => {
  it('keeps the facts in business-day order when an event is backdated, equal days in stream order', () => {
    const next = kpiBookEvolve(book, contact('2026-01-10T09:00:00.000Z'), '2026-01-10')!;
    const again = kpiBookEvolve(next, contact('2026-01-20T10:00:00.000Z'), '2026-01-20')!;
    expect(again.facts.map((fact) => fact[0])).toEqual([
      '2026-01-05',
      '2026-01-10',
      '2026-01-20',
      '2026-01-20',
    ]);
    expect(book.facts).toHaveLength(2); // pure: the stored document is not changed
  });

  it('lists every manager that held the customer once', () => {
    const assigned = (relationshipManagerId: string, previous: string): CustomerEvent => ({
      type: 'RelationshipManagerAssigned',
      schemaVersion: 1,
      data: {
        customerId: 'A',
        relationshipManagerId,
        previous,
        reason: 'r',
        assignedAt: '2026-02-01T09:00:00.000Z',
      },
    });
    const moved = kpiBookEvolve(book, assigned('rm-wang', 'rm-li'), '2026-02-01')!;
    const back = kpiBookEvolve(moved, assigned('rm-li', 'rm-wang'), '2026-02-02')!;
    expect(back.relationshipManagers).toEqual(['rm-li', 'rm-wang']);
    expect(back.facts.at(-1)).toEqual(['2026-02-02', 'm', 'rm-li']);
  });

  it('ignores a customer it never saw onboarded', () => {
    expect(kpiBookEvolve(null, contact('2026-01-10T09:00:00.000Z'), '2026-01-10')).toBeNull();
  });

  const subscribed = (
    holdingId: string,
    productType: 'time-deposit' | 'fund' | 'insurance',
  ): CustomerEvent => ({
    type: 'ProductSubscribed',
    schemaVersion: 1,
    data: {
      customerId: 'A',
      holdingId,
      productCode: 'P',
      productType,
      principal: money(200_000_00),
      openedAt: '2026-02-03T09:00:00.000Z',
    },
  });
  const matured = (holdingId: string): CustomerEvent => ({
    type: 'ProductMatured',
    schemaVersion: 1,
    data: { customerId: 'A', holdingId, maturedAt: '2026-03-03T09:00:00.000Z', proceeds: money(200_000_00) },
  });

  it('records a subscription with its product type and principal; insurance no figure reads', () => {
    expect(kpiBookEvolve(book, subscribed('TD-1', 'time-deposit'), '2026-02-03')?.facts.at(-1)).toEqual([
      '2026-02-03',
      's',
      'time-deposit',
      'TD-1',
      200_000_00,
      'CNY',
    ]);
    expect(kpiBookEvolve(book, subscribed('INS-1', 'insurance'), '2026-02-03')?.facts).toEqual(book.facts);
  });

  it('records a maturity only of a holding penetration tracks', () => {
    const withFund = kpiBookEvolve(book, subscribed('F-1', 'fund'), '2026-02-03')!;
    const withDeposit = kpiBookEvolve(withFund, subscribed('TD-1', 'time-deposit'), '2026-02-03')!;
    const fundMatured = kpiBookEvolve(withDeposit, matured('F-1'), '2026-03-03')!;
    expect(fundMatured.facts.at(-1)).toEqual(['2026-03-03', 'x', 'F-1']);
    expect(kpiBookEvolve(fundMatured, matured('TD-1'), '2026-03-03')?.facts).toEqual(fundMatured.facts);
  });
});
