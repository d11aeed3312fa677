import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EventStore } from '@ledger/event-store';
import type { Caller } from '../auth/roles';
import { CLOCK, type Clock, SEALED_EVENT_STORE } from '../infrastructure/tokens';

export type AccessedView = 'customer-360' | 'customer-360-as-of' | 'history' | 'history-verification';

export const ACCESS_STREAM_PREFIX = 'access-';

/**
 * Every read of a customer's 360 view or history is appended to that day's `access-<yyyy-mm-dd>`
 * stream before the data is returned: the access log is hash-chained like every other stream.
 */
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
    const at = this.clock.now().toISOString();
    await this.store.append(
      `${ACCESS_STREAM_PREFIX}${at.slice(0, 10)}`,
      [
        {
          eventId: randomUUID(),
          type: 'CustomerDataAccessed',
          data: {
            customerId,
            view,
            accessedBy: caller.id,
            role: caller.actingRole ?? 'unknown',
            at,
            ...detail,
          },
          metadata: {
            schemaVersion: 1,
            occurredAt: at,
            actor: { id: caller.id, role: caller.actingRole ?? 'unknown' },
          },
        },
      ],
      { streamState: 'any' },
    );
  }
}
