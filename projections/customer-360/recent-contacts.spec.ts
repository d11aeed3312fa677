import type { ContactLogged, CustomerEvent } from '@ledger/domain';
import { type RecentContact, recentContactsOf, withRecentContact } from './recent-contacts';

const logged = (contactId: string, occurredAt: string, notes?: string): ContactLogged => ({
  type: 'ContactLogged',
  schemaVersion: 1,
  data: {
    customerId: 'c-1',
    contactId,
    channel: 'phone',
    purpose: 'routine',
    priority: 3,
    outcome: 'reached',
    ...(notes === undefined ? {} : { notes }),
    relationshipManagerId: 'rm-li',
    occurredAt,
  },
});

const fold = (events: CustomerEvent[], keep: number): RecentContact[] =>
  events.reduce<RecentContact[]>((list, event) => withRecentContact(list, event, keep), []);

describe('the recent contacts of the 360 view (seed 004 历史咨询记录)', () => {
  it('keeps the last `keep` contacts, newest first by business time, with their notes', () => {
    const list = fold(
      [
        logged('a', '2026-01-01T09:00:00.000Z', 'asked about funds'),
        logged('b', '2026-03-01T09:00:00.000Z'),
        // Logged late: it sorts by when it happened.
        logged('c', '2026-02-01T09:00:00.000Z', 'daughter starts university'),
      ],
      2,
    );
    expect(list.map((contact) => contact.contactId)).toEqual(['b', 'c']);
    expect(list[1]?.notes).toBe('daughter starts university');
  });

  it('keeps exactly `keep` at the boundary and drops the oldest one past it', () => {
    const twenty = Array.from({ length: 20 }, (_, i) =>
      logged(`k-${String(i).padStart(2, '0')}`, `2026-01-${String(i + 1).padStart(2, '0')}T09:00:00.000Z`),
    );
    expect(fold(twenty, 20)).toHaveLength(20);
    const list = fold([...twenty, logged('k-20', '2026-01-21T09:00:00.000Z')], 20);
    expect(list).toHaveLength(20);
    expect(list.at(-1)?.contactId).toBe('k-01');
  });

  it('folds a contact replayed twice once', () => {
    const event = logged('a', '2026-01-01T09:00:00.000Z');
    expect(fold([event, event], 20)).toHaveLength(1);
  });

  it('forgets every contact when the personal data is erased', () => {
    const erased: CustomerEvent = {
      type: 'PersonalDataErased',
      schemaVersion: 1,
      data: { customerId: 'c-1', at: '2031-07-01T00:00:00.000Z', requestedBy: 'admin', requestEventId: 'e' },
    };
    expect(fold([logged('a', '2026-01-01T09:00:00.000Z', 'notes'), erased], 20)).toEqual([]);
  });

  it('reads a sealed list whose key was destroyed (the erasure marker) as no contacts', () => {
    expect(recentContactsOf('[erased]')).toEqual([]);
    expect(recentContactsOf(undefined)).toEqual([]);
  });
});
