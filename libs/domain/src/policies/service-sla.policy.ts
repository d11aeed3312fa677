import type { ServiceRequest } from '../state/customer-state';
import { addHours, toMs } from '../time';

/** Seed 003 service standard: first response within 2 hours, resolution within 24 hours. */
export type ServiceSlaPolicy = {
  policyVersion: string;
  responseWithinHours: number;
  resolutionWithinHours: number;
};

export const SERVICE_SLA_POLICY: ServiceSlaPolicy = {
  policyVersion: 'service-sla/v1',
  responseWithinHours: 2,
  resolutionWithinHours: 24,
};

export function serviceRequestDeadlines(
  openedAt: string,
  policy = SERVICE_SLA_POLICY,
): { respondBy: string; resolveBy: string } {
  return {
    respondBy: addHours(openedAt, policy.responseWithinHours),
    resolveBy: addHours(openedAt, policy.resolutionWithinHours),
  };
}

/** Judges a finished request; landing exactly on a deadline is within it. */
export function judgeServiceRequest(
  times: { openedAt: string; respondedAt: string; resolvedAt: string },
  policy = SERVICE_SLA_POLICY,
): { respondedWithinSla: boolean; resolvedWithinSla: boolean; policyVersion: string } {
  const { respondBy, resolveBy } = serviceRequestDeadlines(times.openedAt, policy);
  return {
    respondedWithinSla: toMs(times.respondedAt) <= toMs(respondBy),
    resolvedWithinSla: toMs(times.resolvedAt) <= toMs(resolveBy),
    policyVersion: policy.policyVersion,
  };
}

export type ServiceRequestSla = {
  respondBy: string;
  resolveBy: string;
  responseBreached: boolean;
  resolutionBreached: boolean;
};

/** Where a request stands at `now`: a deadline is breached when met late, or passed and still unmet. */
export function serviceRequestSla(
  request: ServiceRequest,
  now: string,
  policy = SERVICE_SLA_POLICY,
): ServiceRequestSla {
  const { respondBy, resolveBy } = serviceRequestDeadlines(request.openedAt, policy);
  const breached = (doneAt: string | null, deadline: string) => toMs(doneAt ?? now) > toMs(deadline);
  return {
    respondBy,
    resolveBy,
    responseBreached: breached(request.respondedAt ?? request.resolvedAt, respondBy),
    resolutionBreached: breached(request.resolvedAt, resolveBy),
  };
}
