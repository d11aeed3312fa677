import { given } from '../../test/decider-specification';
import {
  command,
  CONTACT_ID,
  CUSTOMER_ID,
  HOLDING_ID,
  onboarded,
  REQUEST_ID,
  RM,
  subscribed,
} from '../../test/fixtures';
import {
  ContactAlreadyLogged,
  HoldingNotFound,
  InvalidContactPriority,
  ServiceRequestAlreadyExists,
  ServiceRequestAlreadyResolved,
  ServiceRequestNotFound,
  ServiceRequestTimeOrder,
} from '../errors';
import type { ContactPriority } from '../vocabulary';

const logContact = command('LogContact', {
  contactId: CONTACT_ID,
  channel: 'phone',
  purpose: 'time deposit maturing next week',
  outcome: 'will roll over',
  relationshipManagerId: RM.id,
  occurredAt: '2026-11-24T10:30:00Z',
});

const openRequest = command('OpenServiceRequest', {
  requestId: REQUEST_ID,
  kind: 'complaint',
  channel: 'phone',
  description: 'duplicated fee',
  openedAt: '2026-11-24T09:00:00Z',
});

const resolve = (times: { respondedAt?: string; resolvedAt?: string }) =>
  command('ResolveServiceRequest', { requestId: REQUEST_ID, resolution: 'fee refunded', ...times });

describe('logging a contact', () => {
  describe('when onboarded', () => {
    it('records the contact as routine (priority 3) unless told otherwise', () => {
      given([onboarded()])
        .when(logContact)
        .then([
          {
            type: 'ContactLogged',
            schemaVersion: 1,
            data: {
              customerId: CUSTOMER_ID,
              contactId: CONTACT_ID,
              channel: 'phone',
              purpose: 'time deposit maturing next week',
              priority: 3,
              outcome: 'will roll over',
              relationshipManagerId: RM.id,
              occurredAt: '2026-11-24T10:30:00.000Z',
            },
          },
        ]);
    });

    it('keeps the notes and the priority given', () => {
      const [event] = given([onboarded()])
        .when({ ...logContact, notes: 'prefers calls after 18:00', priority: 1 })
        .events();
      expect(event?.data).toMatchObject({ notes: 'prefers calls after 18:00', priority: 1 });
    });

    it('names the holding the contact was about, and refuses one the customer does not hold', () => {
      const [event] = given([onboarded(), subscribed()])
        .when({ ...logContact, holdingId: HOLDING_ID })
        .events();
      expect(event?.data).toMatchObject({ holdingId: HOLDING_ID });
      given([onboarded()])
        .when({ ...logContact, holdingId: HOLDING_ID })
        .thenThrows(HoldingNotFound);
    });

    it('refuses a priority outside 1-3', () => {
      given([onboarded()])
        .when({ ...logContact, priority: 4 as ContactPriority })
        .thenThrows(InvalidContactPriority);
    });
  });

  describe('when the contact is logged', () => {
    it('refuses the same contact id twice', () => {
      const history = [onboarded(), ...given([onboarded()]).when(logContact).events()];
      given(history).when(logContact).thenThrows(ContactAlreadyLogged);
    });
  });
});

describe('service requests', () => {
  const opened = () => [onboarded(), ...given([onboarded()]).when(openRequest).events()];

  describe('when onboarded', () => {
    it('opens a request', () => {
      given([onboarded()])
        .when(openRequest)
        .then([
          {
            type: 'ServiceRequestOpened',
            schemaVersion: 1,
            data: {
              customerId: CUSTOMER_ID,
              requestId: REQUEST_ID,
              kind: 'complaint',
              channel: 'phone',
              description: 'duplicated fee',
              openedAt: '2026-11-24T09:00:00.000Z',
            },
          },
        ]);
    });

    it('refuses to resolve an unknown request', () => {
      given([onboarded()]).when(resolve({})).thenThrows(ServiceRequestNotFound);
    });
  });

  describe('when a request is open', () => {
    it('refuses the same request id twice', () => {
      given(opened()).when(openRequest).thenThrows(ServiceRequestAlreadyExists);
    });

    it('resolves it and judges the SLA: response within 2 hours, resolution within 24', () => {
      given(opened())
        .when(resolve({ respondedAt: '2026-11-24T11:00:00Z', resolvedAt: '2026-11-25T09:00:01Z' }))
        .then([
          {
            type: 'ServiceRequestResolved',
            schemaVersion: 1,
            data: {
              customerId: CUSTOMER_ID,
              requestId: REQUEST_ID,
              resolution: 'fee refunded',
              openedAt: '2026-11-24T09:00:00.000Z',
              respondedAt: '2026-11-24T11:00:00.000Z',
              resolvedAt: '2026-11-25T09:00:01.000Z',
              respondedWithinSla: true,
              resolvedWithinSla: false,
              policyVersion: 'service-sla/v1',
            },
          },
        ]);
    });

    it('takes the resolution as the first response when none is given', () => {
      const [event] = given(opened())
        .when(resolve({ resolvedAt: '2026-11-24T10:00:00Z' }))
        .events();
      expect(event?.data).toMatchObject({
        respondedAt: '2026-11-24T10:00:00.000Z',
        respondedWithinSla: true,
      });
    });

    it('refuses a response before the request opened', () => {
      given(opened())
        .when(resolve({ respondedAt: '2026-11-24T08:00:00Z', resolvedAt: '2026-11-24T10:00:00Z' }))
        .thenThrows(ServiceRequestTimeOrder);
    });

    it('refuses a resolution before the first response', () => {
      given(opened())
        .when(resolve({ respondedAt: '2026-11-24T10:00:00Z', resolvedAt: '2026-11-24T09:30:00Z' }))
        .thenThrows(ServiceRequestTimeOrder);
    });
  });

  describe('when the request is resolved', () => {
    it('refuses to resolve it twice', () => {
      const history = [...opened(), ...given(opened()).when(resolve({})).events()];
      given(history).when(resolve({})).thenThrows(ServiceRequestAlreadyResolved);
    });
  });
});
