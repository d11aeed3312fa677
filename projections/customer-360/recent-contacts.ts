import type { ContactChannel, ContactPriority, CustomerEvent } from '@ledger/domain';

/** Seed 004 历史咨询记录: one consultation as the 360 view lists it; notes are free text (sealed). */
export type RecentContact = {
  contactId: string;
  channel: ContactChannel;
  purpose: string;
  priority: ContactPriority;
  outcome: string;
  notes: string | null;
  relationshipManagerId: string;
  occurredAt: string;
};

/**
 * The last `keep` contacts, newest first by business time (contacts may be logged late), a tie
 * broken by id so a rebuild folds the same list. Erasure clears them: their notes are the customer's.
 */
export function withRecentContact(
  list: RecentContact[],
  event: CustomerEvent,
  keep: number,
): RecentContact[] {
  if (event.type === 'PersonalDataErased') return [];
  if (event.type !== 'ContactLogged') return list;
  const { contactId, channel, purpose, priority, outcome, notes, relationshipManagerId, occurredAt } =
    event.data;
  const contact = {
    contactId,
    channel,
    purpose,
    priority,
    outcome,
    notes: notes ?? null,
    relationshipManagerId,
    occurredAt,
  };
  return [...list.filter((entry) => entry.contactId !== contactId), contact]
    .sort((a, b) => b.occurredAt.localeCompare(a.occurredAt) || a.contactId.localeCompare(b.contactId))
    .slice(0, keep);
}

/** A sealed list reads as the erasure marker once the key is destroyed: nothing to show then. */
export function recentContactsOf(value: unknown): RecentContact[] {
  return Array.isArray(value) ? (value as RecentContact[]) : [];
}
