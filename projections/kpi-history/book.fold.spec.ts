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
    { on: '2026-01-05', kind: 'managed', by: 'rm-li' },
    { on: '2026-01-20', kind: 'contacted' },
  ],
};

describe('kpiBookEvolve', () => {
  it('keeps the facts in business-day order when an event is backdated, equal days in stream order', () => {
    const next = kpiBookEvolve(book, contact('2026-01-10T09:00:00.000Z'), '2026-01-10')!;
    const again = kpiBookEvolve(next, contact('2026-01-20T10:00:00.000Z'), '2026-01-20')!;
    expect(again.facts.map((fact) => fact.on)).toEqual([
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
    expect(back.facts.at(-1)).toEqual({ on: '2026-02-02', kind: 'managed', by: 'rm-li' });
  });

  it('ignores a customer it never saw onboarded', () => {
    expect(kpiBookEvolve(null, contact('2026-01-10T09:00:00.000Z'), '2026-01-10')).toBeNull();
  });

  it('records a subscription with its product type and principal', () => {
    const subscribed: CustomerEvent = {
      type: 'ProductSubscribed',
      schemaVersion: 1,
      data: {
        customerId: 'A',
        holdingId: 'TD-1',
        productCode: 'TD',
        productType: 'time-deposit',
        principal: money(200_000_00),
        openedAt: '2026-02-03T09:00:00.000Z',
      },
    };
    expect(kpiBookEvolve(book, subscribed, '2026-02-03')?.facts.at(-1)).toEqual({
      on: '2026-02-03',
      kind: 'subscribed',
      holdingId: 'TD-1',
      productType: 'time-deposit',
      amountMinor: 200_000_00,
      currency: 'CNY',
    });
  });
});
