import { given } from '../../test/decider-specification';
import { ADMIN, command, CUSTOMER_ID, NOW, offboarded, onboarded, RM } from '../../test/fixtures';
import {
  CustomerNotFound,
  CustomerNotOffboarded,
  InvalidTime,
  PersonalDataAlreadyErased,
  ReactivationAfterErasure,
  RetentionEnded,
} from '../errors';
import type { CustomerEvent } from '../events';
import { evolveAll } from '../state/evolve';

const REQUEST_EVENT_ID = 'f0e1d2c3-b4a5-4968-8776-655443322110';
const correct = (corrections: Record<string, string>, now = NOW) =>
  command('CorrectPersonalData', { corrections, reason: 'id card copy checked at the counter' }, { now });
const reactivate = (now: string) =>
  command('ReactivateCustomer', { reason: 'returned for a wealth product' }, { now });

const OFFBOARDED_AT = '2026-06-30T16:00:00.000Z';
/** retention/v1: five calendar years after offboarding. */
const RETENTION_ENDS_AT = '2031-06-30T16:00:00.000Z';
const offboardedHistory: CustomerEvent[] = [onboarded(), offboarded(OFFBOARDED_AT)];

function erasureRequested(at: string): CustomerEvent[] {
  const request = command(
    'RequestPersonalDataErasure',
    { reason: 'PIPL art. 47' },
    { actor: ADMIN, now: at },
  );
  return [...offboardedHistory, ...given(offboardedHistory).when(request).events()];
}

function erased(): CustomerEvent[] {
  const history = erasureRequested('2026-11-24T10:00:00Z');
  const record = command(
    'RecordPersonalDataErased',
    { requestEventId: REQUEST_EVENT_ID },
    { actor: ADMIN, now: '2031-07-01T00:00:00Z' },
  );
  return [...history, ...given(history).when(record).events()];
}

describe('correcting personal data', () => {
  describe('when not onboarded', () => {
    it('refuses an unknown customer', () => {
      given([])
        .when(correct({ name: '王方' }))
        .thenThrows(CustomerNotFound);
    });
  });

  describe('when active', () => {
    it('records the corrected fields only, with the reason and who corrected them', () => {
      given([onboarded()])
        .when(correct({ name: '王方', idNumber: '110101199003071234', birthDate: '1990-03-08' }))
        .then([
          {
            type: 'PersonalDataCorrected',
            schemaVersion: 1,
            data: {
              customerId: CUSTOMER_ID,
              // The idNumber was already right: it is not a correction.
              correctedFields: ['name', 'birthDate'],
              name: '王方',
              birthDate: '1990-03-08',
              reason: 'id card copy checked at the counter',
              correctedBy: RM.id,
              correctedAt: NOW,
            },
          },
        ]);
    });

    it('records nothing when every value is already on file', () => {
      given([onboarded()])
        .when(correct({ name: '王芳' }))
        .then([]);
    });

    it('reduces a full ISO time to the birth date it names', () => {
      const [event] = given([onboarded()])
        .when(correct({ birthDate: '1990-03-09T00:00:00Z' }))
        .events();
      expect(event?.data).toMatchObject({ birthDate: '1990-03-09', correctedFields: ['birthDate'] });
    });

    it('refuses a birth date that is no day', () => {
      given([onboarded()])
        .when(correct({ birthDate: '1990-02-30' }))
        .thenThrows(InvalidTime);
    });

    it('moves the state: the corrected values replace the originals, the rest stays', () => {
      const history = [onboarded()];
      const events = given(history)
        .when(correct({ idNumber: '110101199003079999' }))
        .events();
      const state = evolveAll([...history, ...events]);
      expect(state).toMatchObject({ idNumber: '110101199003079999', name: '王芳', birthDate: '1990-03-07' });
    });
  });

  describe('when offboarded', () => {
    it('still corrects the records the bank keeps', () => {
      const [event] = given(offboardedHistory)
        .when(correct({ name: '王方' }))
        .events();
      expect(event?.type).toBe('PersonalDataCorrected');
    });
  });

  describe('when erased', () => {
    it('refuses: nothing is left to correct', () => {
      given(erased())
        .when(correct({ name: '王方' }))
        .thenThrows(PersonalDataAlreadyErased);
    });
  });
});

describe('reactivating a customer (win-back)', () => {
  describe('when active', () => {
    it('refuses: there is nothing to reactivate', () => {
      given([onboarded()]).when(reactivate(NOW)).thenThrows(CustomerNotOffboarded);
    });
  });

  describe('when offboarded, inside retention', () => {
    it('records the reactivation with the offboarding it ends and its retention', () => {
      given(offboardedHistory)
        .when(reactivate('2026-11-24T10:00:00Z'))
        .then([
          {
            type: 'CustomerReactivated',
            schemaVersion: 1,
            data: {
              customerId: CUSTOMER_ID,
              reason: 'returned for a wealth product',
              offboardedAt: OFFBOARDED_AT,
              retentionEndsAt: RETENTION_ENDS_AT,
              reactivatedBy: RM.id,
              reactivatedAt: '2026-11-24T10:00:00.000Z',
              policyVersion: 'retention/v1',
            },
          },
        ]);
    });

    it('still reactivates one millisecond before retention ends', () => {
      const [event] = given(offboardedHistory).when(reactivate('2031-06-30T15:59:59.999Z')).events();
      expect(event?.type).toBe('CustomerReactivated');
    });

    it('makes the customer active again: commands are accepted, offboardedAt is cleared', () => {
      const events = given(offboardedHistory).when(reactivate('2026-11-24T10:00:00Z')).events();
      const history = [...offboardedHistory, ...events];
      expect(evolveAll(history)).toMatchObject({ status: 'active', offboardedAt: null });
      const [updated] = given(history)
        .when(command('UpdateCustomerProfile', { occupation: 'teacher' }))
        .events();
      expect(updated?.type).toBe('CustomerProfileUpdated');
    });

    it('may be offboarded again, and retention then counts from the second offboarding', () => {
      const back = [
        ...offboardedHistory,
        ...given(offboardedHistory).when(reactivate('2026-11-24T10:00:00Z')).events(),
        offboarded('2027-03-01T00:00:00.000Z'),
      ];
      const [event] = given(back).when(reactivate('2031-07-01T00:00:00Z')).events();
      expect(event?.data).toMatchObject({ retentionEndsAt: '2032-03-01T00:00:00.000Z' });
    });
  });

  describe('when offboarded, at the end of retention', () => {
    it('refuses at the very instant retention ends (erasure may execute from then on)', () => {
      const error = given(offboardedHistory).when(reactivate(RETENTION_ENDS_AT)).thenThrows(RetentionEnded);
      expect(error.details).toMatchObject({ retentionEndsAt: RETENTION_ENDS_AT });
    });
  });

  describe('when erasure is requested', () => {
    it('refuses, naming the pending erasure', () => {
      const error = given(erasureRequested('2026-11-24T10:00:00Z'))
        .when(reactivate('2026-12-01T10:00:00Z'))
        .thenThrows(ReactivationAfterErasure);
      expect(error.details).toMatchObject({ why: 'erasure-requested' });
    });
  });

  describe('when erased', () => {
    it('refuses, naming the erasure', () => {
      const error = given(erased())
        .when(reactivate('2031-08-01T00:00:00Z'))
        .thenThrows(ReactivationAfterErasure);
      expect(error.details).toMatchObject({ why: 'erased' });
    });
  });
});

describe('the seed-001 profile fields', () => {
  it('are recorded at onboarding when given, and only then', () => {
    const onboard = (extra: object) =>
      command('OnboardCustomer', {
        segment: 'retail',
        name: '王芳',
        idNumber: '110101199003071234',
        phone: '+8613800138000',
        branchId: 'b1',
        relationshipManagerId: RM.id,
        ...extra,
      });
    const [plain] = given([]).when(onboard({})).events();
    expect(plain?.data).not.toHaveProperty('gender');
    const [full] = given([])
      .when(
        onboard({ gender: 'female', education: 'master', address: '上海市浦东新区', expectedReturn: 0.04 }),
      )
      .events();
    expect(full?.data).toMatchObject({ gender: 'female', education: 'master', expectedReturn: 0.04 });
    expect(evolveAll(full === undefined ? [] : [full])).toMatchObject({ address: '上海市浦东新区' });
  });

  it('are updated on the profile, recording only what changed', () => {
    const history = [onboarded({ gender: 'female' })];
    const [event] = given(history)
      .when(
        command('UpdateCustomerProfile', { gender: 'female', education: 'bachelor', expectedReturn: 0.05 }),
      )
      .events();
    expect(event?.data).toMatchObject({ changedFields: ['education', 'expectedReturn'] });
    expect(event?.data).not.toHaveProperty('gender');
  });
});
