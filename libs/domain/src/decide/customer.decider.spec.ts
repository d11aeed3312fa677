import { given } from '../../test/decider-specification';
import { command, CUSTOMER_ID, NOW, offboarded, onboarded, ONBOARDED_AT, RM } from '../../test/fixtures';
import {
  CustomerAlreadyOffboarded,
  CustomerAlreadyOnboarded,
  InvalidTime,
  RelationshipManagerAlreadyAssigned,
} from '../errors';

const onboard = command('OnboardCustomer', {
  segment: 'retail',
  name: '王芳',
  idNumber: '110101199003071234',
  phone: '+8613800138000',
  birthDate: '1990-03-07',
  branchId: 'branch-shanghai-01',
  relationshipManagerId: RM.id,
  consent: { marketing: true, profiling: true },
  onboardedAt: ONBOARDED_AT,
});

describe('onboarding', () => {
  describe('when not onboarded', () => {
    it('records the customer at the lowest tier of its scheme', () => {
      given([]).when(onboard).then([onboarded()]);
    });

    it('records the profiling consent only when signed (absent reads false, as on earlier onboardings)', () => {
      const [event] = given([])
        .when({ ...onboard, consent: { marketing: true } })
        .events();
      expect(event?.data).toMatchObject({ consent: { marketing: true } });
      expect(event?.data).not.toHaveProperty('consent.profiling');
    });

    it('starts a corporate customer at STANDARD', () => {
      const [event] = given([])
        .when({ ...onboard, segment: 'corporate' })
        .events();
      expect(event?.data).toMatchObject({ segment: 'corporate', tier: 'STANDARD' });
    });

    it('defaults the business time to now and omits absent optional fields', () => {
      const [event] = given([])
        .when({ ...onboard, onboardedAt: undefined, birthDate: undefined })
        .events();
      expect(event?.data).toMatchObject({ onboardedAt: NOW });
      expect(event?.data).not.toHaveProperty('birthDate');
      expect(event?.data).not.toHaveProperty('email');
    });

    it('normalises business times to UTC', () => {
      const [event] = given([])
        .when({ ...onboard, onboardedAt: '2026-01-05T17:00:00+08:00' })
        .events();
      expect(event?.data).toMatchObject({ onboardedAt: ONBOARDED_AT });
    });

    it('refuses a business time that is not a time', () => {
      given([])
        .when({ ...onboard, onboardedAt: 'yesterday' })
        .thenThrows(InvalidTime);
      given([])
        .when({ ...onboard, now: 'soon' })
        .thenThrows('INVALID_TIME');
    });

    it('refuses a birth date that is not a calendar date', () => {
      given([])
        .when({ ...onboard, birthDate: '1990-02-30' })
        .thenThrows(InvalidTime);
    });
  });

  describe('when onboarded', () => {
    it('refuses to onboard twice', () => {
      given([onboarded()]).when(onboard).thenThrows(CustomerAlreadyOnboarded);
    });
  });
});

describe('updating the profile', () => {
  describe('when onboarded', () => {
    it('records only the fields that changed', () => {
      given([onboarded()])
        .when(
          command('UpdateCustomerProfile', {
            phone: '+8613800138000',
            email: 'wang.fang@example.com',
            riskProfile: 'balanced',
          }),
        )
        .then([
          {
            type: 'CustomerProfileUpdated',
            schemaVersion: 1,
            data: {
              customerId: CUSTOMER_ID,
              changedFields: ['email', 'riskProfile'],
              email: 'wang.fang@example.com',
              riskProfile: 'balanced',
              updatedAt: NOW,
            },
          },
        ]);
    });

    it('records nothing when nothing changed', () => {
      given([onboarded()])
        .when(command('UpdateCustomerProfile', { phone: '+8613800138000' }))
        .then([]);
    });

    it('records changed interests as a list', () => {
      const [event] = given([onboarded()])
        .when(command('UpdateCustomerProfile', { interests: ['golf'] }))
        .events();
      expect(event?.data).toMatchObject({ changedFields: ['interests'], interests: ['golf'] });
    });
  });
});

describe('assigning a relationship manager', () => {
  describe('when onboarded', () => {
    it('records the new and the previous manager', () => {
      given([onboarded()])
        .when(
          command('AssignRelationshipManager', {
            relationshipManagerId: 'rm-zhang',
            reason: 'branch merger',
          }),
        )
        .then([
          {
            type: 'RelationshipManagerAssigned',
            schemaVersion: 1,
            data: {
              customerId: CUSTOMER_ID,
              relationshipManagerId: 'rm-zhang',
              previous: RM.id,
              reason: 'branch merger',
              assignedAt: NOW,
            },
          },
        ]);
    });

    it('refuses to assign the manager already assigned', () => {
      given([onboarded()])
        .when(command('AssignRelationshipManager', { relationshipManagerId: RM.id, reason: 'again' }))
        .thenThrows(RelationshipManagerAlreadyAssigned);
    });
  });
});

describe('offboarding', () => {
  const offboard = command('OffboardCustomer', { reason: 'moved abroad', at: '2026-06-30T16:00:00Z' });

  describe('when onboarded', () => {
    it('records the churn with its business time', () => {
      given([onboarded()])
        .when(offboard)
        .then([offboarded('2026-06-30T16:00:00.000Z')]);
    });
  });

  describe('when offboarded', () => {
    it('refuses to offboard twice', () => {
      given([onboarded(), offboarded()]).when(offboard).thenThrows(CustomerAlreadyOffboarded);
    });
  });
});
