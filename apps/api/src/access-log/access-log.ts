import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EventStore } from '@ledger/event-store';
import type { Caller } from '../auth/roles';
import { CLOCK, type Clock, SEALED_EVENT_STORE } from '../infrastructure/tokens';

export type AccessedView =
  'customer-360' | 'customer-360-as-of' | 'history' | 'history-verification' | 'history-export';

export const ACCESS_STREAM_PREFIX = 'access-';

/** Who read: a caller's token subject and role, or an operator at the store (`operator`). */
export interface Reader {
  id: string;
  role: string;
}

/**
 * Appends one read of a customer to that day's `access-<yyyy-mm-dd>` stream, hash-chained like
 * every other stream. The api and the CLI's export both record through here.
 */
export async function recordAccess(
  store: EventStore,
  reader: Reader,
  customerId: string,
  view: AccessedView,
  at: string,
  detail: Record<string, string> = {},
): Promise<void> {
  await store.append(
    `${ACCESS_STREAM_PREFIX}${at.slice(0, 10)}`,
    [
      {
        eventId: randomUUID(),
        type: 'CustomerDataAccessed',
        data: { customerId, view, accessedBy: reader.id, role: reader.role, at, ...detail },
        metadata: { schemaVersion: 1, occurredAt: at, actor: { id: reader.id, role: reader.role } },
      },
    ],
    { streamState: 'any' },
  );
}

/** Every read of a customer's 360 view or history is recorded before the data is returned. */
@Injectable()
export class AccessLog {
  constructor(
    @Inject(SEALED_EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async record(
    caller: Caller,
    customerId: string,
    view: AccessedView,
    detail: Record<string, string> = {},
  ): Promise<void> {
    const reader = { id: caller.id, role: caller.actingRole ?? 'unknown' };
    await recordAccess(this.store, reader, customerId, view, this.clock.now().toISOString(), detail);
  }
}
