import { given } from '../../test/decider-specification';
import { ADMIN, command, CUSTOMER_ID, offboarded, onboarded } from '../../test/fixtures';
import {
  CustomerNotFound,
  ErasureAlreadyRequested,
  ErasureNotDue,
  ErasureNotRequested,
  ErasureWhileActive,
  PersonalDataAlreadyErased,
} from '../errors';
import type { CustomerEvent } from '../events';

const REQUEST_EVENT_ID = 'f0e1d2c3-b4a5-4968-8776-655443322110';
const request = (now: string) =>
  command('RequestPersonalDataErasure', { reason: 'PIPL art. 47 request' }, { actor: ADMIN, now });
const recordErased = (now: string) =>
  command('RecordPersonalDataErased', { requestEventId: REQUEST_EVENT_ID }, { actor: ADMIN, now });

const offboardedHistory = [onboarded(), offboarded('2026-06-30T16:00:00.000Z')];

function requested(now: string): CustomerEvent[] {
  return [...offboardedHistory, ...given(offboardedHistory).when(request(now)).events()];
}

describe('requesting erasure', () => {
  describe('when not onboarded', () => {
    it('refuses an unknown customer', () => {
      given([]).when(request('2026-11-24T10:00:00Z')).thenThrows(CustomerNotFound);
    });
  });

  describe('when active', () => {
    it('refuses: the bank must keep an active customer’s records', () => {
      given([onboarded()]).when(request('2026-11-24T10:00:00Z')).thenThrows(ErasureWhileActive);
    });
  });

  describe('when offboarded, inside the retention period', () => {
    it('restricts processing and schedules the key destruction for the end of retention', () => {
      given(offboardedHistory)
        .when(request('2026-11-24T10:00:00Z'))
        .then([
          {
            type: 'PersonalDataErasureRequested',
            schemaVersion: 1,
            data: {
              customerId: CUSTOMER_ID,
              reason: 'PIPL art. 47 request',
              requestedBy: ADMIN.id,
              requestedAt: '2026-11-24T10:00:00.000Z',
              offboardedAt: '2026-06-30T16:00:00.000Z',
              executeAfter: '2031-06-30T16:00:00.000Z',
              retentionYears: 5,
              policyVersion: 'retention/v1',
            },
          },
        ]);
    });
  });

  describe('when offboarded, after the retention period', () => {
    it('makes the destruction due at once', () => {
      const [event] = given(offboardedHistory).when(request('2032-01-01T00:00:00Z')).events();
      expect(event?.data).toMatchObject({ executeAfter: '2032-01-01T00:00:00.000Z' });
    });
  });

  describe('when erasure is requested', () => {
    it('refuses a second request', () => {
      given(requested('2026-11-24T10:00:00Z'))
        .when(request('2026-12-01T10:00:00Z'))
        .thenThrows(ErasureAlreadyRequested);
    });
  });
});

describe('recording the erasure', () => {
  describe('when offboarded without a request', () => {
    it('refuses', () => {
      given(offboardedHistory).when(recordErased('2032-01-01T00:00:00Z')).thenThrows(ErasureNotRequested);
    });
  });

  describe('when erasure is requested', () => {
    const history = requested('2026-11-24T10:00:00Z');

    it('refuses before the retention period ends', () => {
      given(history).when(recordErased('2031-06-30T15:59:59Z')).thenThrows(ErasureNotDue);
    });

    it('records the destroyed key once the retention period ended', () => {
      given(history)
        .when(recordErased('2031-06-30T16:00:00Z'))
        .then([
          {
            type: 'PersonalDataErased',
            schemaVersion: 1,
            data: {
              customerId: CUSTOMER_ID,
              at: '2031-06-30T16:00:00.000Z',
              requestedBy: ADMIN.id,
              requestEventId: REQUEST_EVENT_ID,
            },
          },
        ]);
    });
  });

  describe('when erased', () => {
    const history = requested('2026-11-24T10:00:00Z');
    const erased = [...history, ...given(history).when(recordErased('2031-07-01T00:00:00Z')).events()];

    it('refuses to erase twice', () => {
      given(erased).when(recordErased('2031-08-01T00:00:00Z')).thenThrows(PersonalDataAlreadyErased);
    });

    it('refuses a new request', () => {
      given(erased).when(request('2031-08-01T00:00:00Z')).thenThrows(PersonalDataAlreadyErased);
    });
  });
});
