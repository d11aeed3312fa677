import type { ServiceRequest } from '../state/customer-state';
import { judgeServiceRequest, serviceRequestDeadlines, serviceRequestSla } from './service-sla.policy';

const OPENED = '2026-11-24T09:00:00.000Z';
const request = (respondedAt: string | null, resolvedAt: string | null): ServiceRequest => ({
  requestId: 'r',
  kind: 'complaint',
  channel: 'phone',
  openedAt: OPENED,
  status: resolvedAt === null ? 'open' : 'resolved',
  respondedAt,
  resolvedAt,
});

describe('service SLA policy', () => {
  it('sets the deadlines 2 and 24 hours after opening', () => {
    expect(serviceRequestDeadlines(OPENED)).toEqual({
      respondBy: '2026-11-24T11:00:00.000Z',
      resolveBy: '2026-11-25T09:00:00.000Z',
    });
  });

  it('counts a response or resolution exactly at the deadline as within', () => {
    expect(
      judgeServiceRequest({
        openedAt: OPENED,
        respondedAt: '2026-11-24T11:00:00.000Z',
        resolvedAt: '2026-11-25T09:00:00.000Z',
      }),
    ).toEqual({ respondedWithinSla: true, resolvedWithinSla: true, policyVersion: 'service-sla/v1' });
    expect(
      judgeServiceRequest({
        openedAt: OPENED,
        respondedAt: '2026-11-24T11:00:00.001Z',
        resolvedAt: '2026-11-25T09:00:00.001Z',
      }),
    ).toMatchObject({ respondedWithinSla: false, resolvedWithinSla: false });
  });

  it('flags an open request once a deadline passes unmet', () => {
    expect(serviceRequestSla(request(null, null), '2026-11-24T11:00:00.000Z')).toMatchObject({
      responseBreached: false,
      resolutionBreached: false,
    });
    expect(serviceRequestSla(request(null, null), '2026-11-24T11:00:01.000Z')).toMatchObject({
      responseBreached: true,
      resolutionBreached: false,
    });
  });

  it('keeps a met deadline met, and a late one breached, whatever the time now', () => {
    const met = request('2026-11-24T10:00:00.000Z', null);
    expect(serviceRequestSla(met, '2026-11-26T00:00:00.000Z')).toMatchObject({
      responseBreached: false,
      resolutionBreached: true,
    });
    const late = request('2026-11-24T12:00:00.000Z', '2026-11-24T13:00:00.000Z');
    expect(serviceRequestSla(late, '2026-11-24T13:00:00.000Z')).toMatchObject({
      responseBreached: true,
      resolutionBreached: false,
    });
  });
});
