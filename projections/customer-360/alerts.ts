import {
  type Customer,
  type DomainPolicies,
  dueContacts,
  maturesWithinDays,
  maturityReminders,
  serviceRequestSla,
} from '@ledger/domain';
import type { Customer360Alert, OpenServiceRequestView } from './customer-360.view';

/** A month's notice leaves time to offer a reinvestment; the contact itself is due the day before. */
export const MATURING_SOON_DAYS = 30;

/** Open service requests with their SLA deadlines and where they stand at `now`, oldest first. */
export function openServiceRequests(
  customer: Customer,
  now: string,
  policies: DomainPolicies,
): OpenServiceRequestView[] {
  return Object.values(customer.serviceRequests)
    .filter((request) => request.status === 'open')
    .sort((a, b) => a.openedAt.localeCompare(b.openedAt) || a.requestId.localeCompare(b.requestId))
    .map((request) => {
      const { requestId, kind, channel, openedAt } = request;
      return { requestId, kind, channel, openedAt, ...serviceRequestSla(request, now, policies.serviceSla) };
    });
}

/** Alerts at `now`, each raised by the domain policy that owns the rule; none once offboarded. */
export function alertsAt(customer: Customer, now: string, policies: DomainPolicies): Customer360Alert[] {
  if (customer.status !== 'active') return [];
  const contacts = dueContacts(customer, now, policies).map(
    ({ reason, priority, dueDate, escalateToBranchHead, holdingId }): Customer360Alert => ({
      kind: 'contact-due',
      reason,
      priority,
      dueDate,
      escalateToBranchHead,
      holdingId: holdingId ?? null,
    }),
  );
  const maturing = maturityReminders(customer, policies.maturityReminder)
    .filter((reminder) => maturesWithinDays(reminder.maturityDate, now, MATURING_SOON_DAYS))
    .map(({ holdingId, maturityDate }): Customer360Alert => ({
      kind: 'maturing-soon',
      holdingId,
      maturityDate,
    }));
  const breaches = openServiceRequests(customer, now, policies)
    .filter((request) => request.responseBreached || request.resolutionBreached)
    .map(({ requestId, responseBreached, resolutionBreached }): Customer360Alert => ({
      kind: 'sla-breach',
      requestId,
      responseBreached,
      resolutionBreached,
    }));
  return [...contacts, ...maturing, ...breaches];
}
