import { type Customer, evolveAll } from '@ledger/domain';
import { onboarded } from '../../libs/domain/test/fixtures';
import { viewState } from './view-state';

const customer = evolveAll([onboarded()]) as Customer;
const request = (requestId: string, status: 'open' | 'resolved') => ({
  requestId,
  kind: 'inquiry' as const,
  channel: 'app' as const,
  openedAt: '2026-01-06T09:00:00.000Z',
  status,
  respondedAt: null,
  resolvedAt: null,
});

describe('view state', () => {
  it('given a fresh state, keeps the open service requests only and drops contact ids', () => {
    const state = {
      ...customer,
      contacts: { 'k-1': '2026-01-06T09:00:00.000Z' },
      serviceRequests: { open: request('open', 'open'), done: request('done', 'resolved') },
    };
    const view = viewState(state, null);
    expect(Object.keys(view.serviceRequests)).toEqual(['open']);
    expect(view.contacts).toEqual({});
    expect(JSON.stringify({ ...view, serviceRequests: {}, contacts: {} })).toBe(
      JSON.stringify({ ...state, serviceRequests: {}, contacts: {} }),
    );
  });

  it('given a view, when an event changes nothing it trims, then the state is kept as it is', () => {
    const view = viewState({ ...customer, serviceRequests: { open: request('open', 'open') } }, null);
    const moved = { ...view, relationshipManagerId: 'rm-wang' };
    expect(viewState(moved, view)).toBe(moved);
  });

  it('given a view, when a request is resolved, then it leaves the view', () => {
    const view = viewState({ ...customer, serviceRequests: { open: request('open', 'open') } }, null);
    const resolved = { ...view, serviceRequests: { open: request('open', 'resolved') } };
    expect(viewState(resolved, view).serviceRequests).toEqual({});
  });

  it('given a view, when a contact is logged, then its id is dropped and the open requests kept', () => {
    const view = viewState({ ...customer, serviceRequests: { open: request('open', 'open') } }, null);
    const contacted = { ...view, contacts: { 'k-1': '2026-01-07T09:00:00.000Z' } };
    const next = viewState(contacted, view);
    expect(next.contacts).toEqual({});
    expect(next.serviceRequests).toBe(view.serviceRequests);
  });
});
