import type { RecordPersonalDataErased, RequestPersonalDataErasure } from '../commands/customer-command';
import type { PersonalDataErased, PersonalDataErasureRequested } from '../events/erasure.events';
import {
  ErasureAlreadyRequested,
  ErasureNotDue,
  ErasureNotRequested,
  ErasureWhileActive,
  PersonalDataAlreadyErased,
} from '../errors/erasure.errors';
import type { DomainPolicies } from '../policies/domain-policies';
import { erasureExecuteAfter } from '../policies/retention.policy';
import type { Customer } from '../state/customer-state';
import { toMs } from '../time';
import { instant } from './guards';

/**
 * Inside the retention period the request restricts processing and schedules the key's
 * destruction for when the period ends; after it, the destruction is due at once.
 */
export function requestErasure(
  command: RequestPersonalDataErasure,
  customer: Customer,
  policies: DomainPolicies,
): [PersonalDataErasureRequested] {
  const { customerId } = customer;
  if (customer.status === 'erased') throw new PersonalDataAlreadyErased(customerId);
  if (customer.erasure !== null) throw new ErasureAlreadyRequested(customerId, customer.erasure.executeAfter);
  if (customer.status === 'active' || customer.offboardedAt === null)
    throw new ErasureWhileActive(customerId);
  const requestedAt = instant(command.now, 'now');
  return [
    {
      type: 'PersonalDataErasureRequested',
      schemaVersion: 1,
      data: {
        customerId,
        reason: command.reason,
        requestedBy: command.actor.id,
        requestedAt,
        offboardedAt: customer.offboardedAt,
        executeAfter: erasureExecuteAfter(customer.offboardedAt, requestedAt, policies.retention),
        retentionYears: policies.retention.retentionYears,
        policyVersion: policies.retention.policyVersion,
      },
    },
  ];
}

/** Confirms the key was destroyed: only for a requested erasure whose retention has ended. */
export function recordErased(command: RecordPersonalDataErased, customer: Customer): [PersonalDataErased] {
  const { customerId, erasure } = customer;
  if (customer.status === 'erased') throw new PersonalDataAlreadyErased(customerId);
  if (erasure === null) throw new ErasureNotRequested(customerId);
  const at = instant(command.now, 'now');
  if (toMs(at) < toMs(erasure.executeAfter)) throw new ErasureNotDue(customerId, erasure.executeAfter);
  return [
    {
      type: 'PersonalDataErased',
      schemaVersion: 1,
      data: { customerId, at, requestedBy: erasure.requestedBy, requestEventId: command.requestEventId },
    },
  ];
}
