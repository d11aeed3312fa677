import type { CustomerEvent } from '../src/events';
import { CUSTOMER_ID, cny, onboarded, REQUEST_ID, revalued } from './fixtures';
import type { Customer } from '../src/state/customer-state';
import { evolveAll } from '../src/state/evolve';

/** The customer after onboarding and these events. */
export const given = (...events: CustomerEvent[]) => evolveAll([onboarded(), ...events]) as Customer;

/** A revaluation the large-movement policy raised (the decider stamps it; these specs fold it). */
export function moved(yuan: number, previousYuan: number, asOf: string): CustomerEvent {
  const event = revalued(yuan, previousYuan, asOf);
  return {
    ...event,
    data: {
      ...event.data,
      largeMovement: { escalateToBranchHead: true, policyVersion: 'large-movement/v2' },
    },
  };
}

export function matured(holdingId: string, maturedAt: string, rolledOverInto?: string): CustomerEvent {
  return {
    type: 'ProductMatured',
    schemaVersion: 1,
    data: {
      customerId: CUSTOMER_ID,
      holdingId,
      maturedAt,
      proceeds: cny(100_000),
      ...(rolledOverInto && { rolledOverInto }),
    },
  };
}

export function complaintOpened(
  openedAt: string,
  kind: 'complaint' | 'inquiry' = 'complaint',
): CustomerEvent {
  return {
    type: 'ServiceRequestOpened',
    schemaVersion: 1,
    data: {
      customerId: CUSTOMER_ID,
      requestId: REQUEST_ID,
      kind,
      channel: 'phone',
      description: 'fees',
      openedAt,
    },
  };
}
