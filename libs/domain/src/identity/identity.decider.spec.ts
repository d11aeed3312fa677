import { specificationOf } from '../../test/aggregate-specification';
import type { Actor } from '../actor';
import { identityAggregate } from './identity.aggregate';
import type { RegisterIdNumber, ReleaseIdNumber } from './identity.commands';
import type { IdNumberRegistered, IdNumberReleased } from './identity.events';
import { normalisedIdNumber } from './id-number';

const RM: Actor = { id: 'rm-li', role: 'relationship-manager' };
const NOW = '2026-12-07T09:00:00.000Z';
const given = specificationOf(identityAggregate);

/** The policy default: a registration without its customer is abandoned after 300 s. */
const ABANDONED = '2026-12-07T09:05:00.000Z';
const register = (
  customerId: string,
  holder: RegisterIdNumber['holder'] = null,
  now = NOW,
): RegisterIdNumber => ({
  type: 'RegisterIdNumber',
  index: 'digest',
  customerId,
  holder,
  actor: RM,
  now,
});
const release = (
  customerId: string,
  reason: ReleaseIdNumber['reason'] = 'onboarding-refused',
): ReleaseIdNumber => ({
  type: 'ReleaseIdNumber',
  index: 'digest',
  customerId,
  reason,
  actor: RM,
  now: NOW,
});
const registered = (customerId: string): IdNumberRegistered => ({
  type: 'IdNumberRegistered',
  schemaVersion: 1,
  data: { customerId, registeredAt: NOW },
});
const released = (
  customerId: string,
  reason: ReleaseIdNumber['reason'] = 'onboarding-refused',
): IdNumberReleased => ({
  type: 'IdNumberReleased',
  schemaVersion: 1,
  data: { customerId, releasedAt: NOW, reason },
});

describe('registering an idNumber', () => {
  describe('when the number is free', () => {
    it('registers it to the customer being onboarded', () => {
      given([])
        .when(register('c-1'))
        .then([registered('c-1')]);
    });

    it('registers it again after the earlier onboarding was released', () => {
      given([registered('c-1'), released('c-1')])
        .when(register('c-2'))
        .then([registered('c-2')]);
    });
  });

  describe('when the number is on file', () => {
    it('refuses another customer with DUPLICATE_CUSTOMER naming the existing customer', () => {
      const error = given([registered('c-1')])
        .when(register('c-2', { customerId: 'c-1', onboarded: true }))
        .thenThrows('DUPLICATE_CUSTOMER');
      expect(error.details).toEqual({ existingCustomerId: 'c-1' });
    });

    it('refuses when nothing is known of the holder', () => {
      given([registered('c-1')])
        .when(register('c-2'))
        .thenThrows('DUPLICATE_CUSTOMER');
    });

    it('refuses when the facts are about another customer than the holder', () => {
      given([registered('c-1')])
        .when(register('c-2', { customerId: 'c-9', onboarded: false }, ABANDONED))
        .thenThrows('DUPLICATE_CUSTOMER');
    });

    it('records nothing for a retry of the same onboarding', () => {
      given([registered('c-1')])
        .when(register('c-1'))
        .then([]);
    });

    it('keeps the number for a holder not yet onboarded: its onboarding may be on its way', () => {
      given([registered('c-1')])
        .when(register('c-2', { customerId: 'c-1', onboarded: false }, '2026-12-07T09:04:59.999Z'))
        .thenThrows('DUPLICATE_CUSTOMER');
    });

    it('lets a holder whose onboarding was never recorded be replaced once the policy time has passed', () => {
      given([registered('c-1')])
        .when(register('c-2', { customerId: 'c-1', onboarded: false }, ABANDONED))
        .then([{ ...registered('c-2'), data: { customerId: 'c-2', registeredAt: ABANDONED } }]);
    });

    it('never replaces an onboarded holder, however long ago it registered', () => {
      given([registered('c-1')])
        .when(register('c-2', { customerId: 'c-1', onboarded: true }, '2036-12-07T09:00:00.000Z'))
        .thenThrows('DUPLICATE_CUSTOMER');
    });
  });
});

describe('releasing an idNumber', () => {
  it('frees the number registered to the refused onboarding', () => {
    given([registered('c-1')])
      .when(release('c-1'))
      .then([released('c-1')]);
  });

  it('frees the number a correction replaced, saying so', () => {
    given([registered('c-1')])
      .when(release('c-1', 'corrected'))
      .then([released('c-1', 'corrected')]);
  });

  it('lets another customer register the number a correction freed', () => {
    given([registered('c-1'), released('c-1', 'corrected')])
      .when(register('c-2'))
      .then([registered('c-2')]);
  });

  it('leaves a later holder alone', () => {
    given([registered('c-2')])
      .when(release('c-1'))
      .then([]);
  });
});

describe('the normalised idNumber', () => {
  it('is one number however it was typed', () => {
    expect(normalisedIdNumber(' 11010119900307123x ')).toBe('11010119900307123X');
    expect(normalisedIdNumber('9131-0000 MA1k')).toBe('91310000MA1K');
  });
});
