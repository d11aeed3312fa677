import { given } from '../../test/decider-specification';
import { command, CUSTOMER_ID, NOW, offboarded, onboarded } from '../../test/fixtures';
import type { ConsentGiven, ConsentWithdrawn } from '../events/customer.events';
import { evolveAll } from '../state/evolve';
import { isOnboarded } from '../state/customer-state';
import type { ConsentPurpose } from '../vocabulary';

const give = (purpose: ConsentPurpose) => command('GiveConsent', { purpose });
const withdraw = (purpose: ConsentPurpose) => command('WithdrawConsent', { purpose });
const given_ = (purpose: ConsentPurpose, at = NOW): ConsentGiven => ({
  type: 'ConsentGiven',
  schemaVersion: 1,
  data: { customerId: CUSTOMER_ID, purpose, at },
});
/** Onboarded without marketing consent. */
const refusing = () => onboarded({ consent: { marketing: false } });
const withdrawn = (purpose: ConsentPurpose, at = NOW): ConsentWithdrawn => ({
  type: 'ConsentWithdrawn',
  schemaVersion: 1,
  data: { customerId: CUSTOMER_ID, purpose, at },
});

describe('consent (PIPL art. 13–14)', () => {
  it('records marketing consent a customer gives', () => {
    given([refusing()])
      .when(give('marketing'))
      .then([given_('marketing')]);
  });

  it('records consent given at a stated business time, normalised to UTC', () => {
    given([refusing()])
      .when({ ...give('profiling'), at: '2026-11-24T12:00:00+08:00' })
      .then([given_('profiling', '2026-11-24T04:00:00.000Z')]);
  });

  it('records nothing when the purpose is already consented to (onboarding counts)', () => {
    given([onboarded({ consent: { marketing: true } })])
      .when(give('marketing'))
      .then([]);
    given([onboarded(), given_('profiling')])
      .when(give('profiling'))
      .then([]);
  });

  it('records a withdrawal of consent given at onboarding or later', () => {
    given([onboarded({ consent: { marketing: true } })])
      .when(withdraw('marketing'))
      .then([withdrawn('marketing')]);
    given([onboarded(), given_('profiling')])
      .when(withdraw('profiling'))
      .then([withdrawn('profiling')]);
  });

  it('records nothing when withdrawing consent never given or already withdrawn', () => {
    given([refusing()]).when(withdraw('marketing')).then([]);
    given([onboarded(), given_('marketing'), withdrawn('marketing')])
      .when(withdraw('marketing'))
      .then([]);
  });

  it('hears a withdrawal after offboarding, but refuses new consent then', () => {
    const history = [onboarded({ consent: { marketing: true } }), offboarded()];
    given(history)
      .when(withdraw('marketing'))
      .then([withdrawn('marketing')]);
    given(history).when(give('profiling')).thenThrows('CUSTOMER_OFFBOARDED');
  });

  it('refuses consent for a customer not onboarded', () => {
    given([]).when(give('marketing')).thenThrows('CUSTOMER_NOT_FOUND');
    given([]).when(withdraw('marketing')).thenThrows('CUSTOMER_NOT_FOUND');
  });

  it('folds each purpose on its own: withdrawing marketing keeps profiling', () => {
    const state = evolveAll([refusing(), given_('marketing'), given_('profiling'), withdrawn('marketing')]);
    expect(isOnboarded(state) && state.consent).toEqual({ marketing: false, profiling: true });
  });
});
