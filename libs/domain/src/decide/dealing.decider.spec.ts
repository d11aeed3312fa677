import { given } from '../../test/decider-specification';
import { cny, command, CUSTOMER_ID, NOW, onboarded, subscribed } from '../../test/fixtures';
import type { CreditFacilityGranted } from '../events/dealing.events';
import type { CustomerEvent } from '../events/customer-event';
import { isOnboarded } from '../state/customer-state';
import { evolveAll } from '../state/evolve';

const corporate = () => onboarded({ segment: 'corporate' });
const YEAR_END = '2026-12-31T00:00:00.000Z';
const granted: CreditFacilityGranted = {
  type: 'CreditFacilityGranted',
  schemaVersion: 1,
  data: {
    customerId: CUSTOMER_ID,
    facilityId: 'CF-1',
    limit: cny(1_000_000),
    validUntil: YEAR_END,
    grantedAt: NOW,
  },
};

function facilityAfter(events: CustomerEvent[]) {
  const state = evolveAll(events);
  return isOnboarded(state) ? state.dealing.creditFacility : undefined;
}

describe("a corporate customer's dealing mandate", () => {
  it('lodges a seal specimen reference and a phone authorisation', () => {
    given([corporate()])
      .when(command('LodgeSealSpecimen', { specimenRef: 'DMS-SEAL-0042' }))
      .then([
        {
          type: 'SealSpecimenLodged',
          schemaVersion: 1,
          data: { customerId: CUSTOMER_ID, specimenRef: 'DMS-SEAL-0042', lodgedAt: NOW },
        },
      ]);
    given([corporate()])
      .when(
        command('LodgePhoneAuthorisation', {
          authorisedCallers: [' Zhang Wei', 'Zhang Wei'],
          validUntil: YEAR_END,
        }),
      )
      .then([
        {
          type: 'PhoneAuthorisationLodged',
          schemaVersion: 1,
          data: {
            customerId: CUSTOMER_ID,
            authorisedCallers: ['Zhang Wei'],
            validUntil: YEAR_END,
            lodgedAt: NOW,
          },
        },
      ]);
  });

  it('refuses a retail customer, an empty list of callers and a validity ending before the lodging', () => {
    given([onboarded()])
      .when(command('LodgeSealSpecimen', { specimenRef: 'DMS-SEAL-0042' }))
      .thenThrows('CORPORATE_CUSTOMER_ONLY');
    given([corporate()])
      .when(command('LodgePhoneAuthorisation', { authorisedCallers: [' '], validUntil: YEAR_END }))
      .thenThrows('EMPTY_MANDATE');
    given([corporate()])
      .when(command('LodgePhoneAuthorisation', { authorisedCallers: ['Zhang Wei'], validUntil: NOW }))
      .thenThrows('VALIDITY_BEFORE_LODGING');
  });

  it('grants one credit facility, and changes its limit keeping the term', () => {
    given([corporate()])
      .when(
        command('GrantCreditFacility', { facilityId: 'CF-1', limit: cny(1_000_000), validUntil: YEAR_END }),
      )
      .then([granted]);
    given([corporate(), granted])
      .when(command('GrantCreditFacility', { facilityId: 'CF-2', limit: cny(1), validUntil: YEAR_END }))
      .thenThrows('CREDIT_FACILITY_ALREADY_GRANTED');
    given([corporate(), granted])
      .when(
        command('ChangeCreditFacility', {
          facilityId: 'CF-1',
          limit: cny(2_000_000),
          reason: 'annual review',
        }),
      )
      .then([
        {
          type: 'CreditFacilityChanged',
          schemaVersion: 1,
          data: {
            customerId: CUSTOMER_ID,
            facilityId: 'CF-1',
            limit: cny(2_000_000),
            previousLimit: cny(1_000_000),
            validUntil: YEAR_END,
            reason: 'annual review',
            changedAt: NOW,
          },
        },
      ]);
    given([corporate()])
      .when(command('ChangeCreditFacility', { facilityId: 'CF-1', reason: 'x' }))
      .thenThrows('CREDIT_FACILITY_NOT_FOUND');
  });

  it('draws utilisation by the holdings confirmed instructions bought, and releases it at their maturity', () => {
    const bought = subscribed({ holdingId: 'H-1', principal: cny(300_000), instructionId: 'ins-1' });
    const elsewhere = subscribed({ holdingId: 'H-2', principal: cny(50_000) });
    expect(facilityAfter([corporate(), granted, bought, elsewhere])?.utilisation).toEqual(cny(300_000));
    const matured: CustomerEvent = {
      type: 'ProductMatured',
      schemaVersion: 1,
      data: { customerId: CUSTOMER_ID, holdingId: 'H-1', maturedAt: NOW, proceeds: cny(300_000) },
    };
    expect(facilityAfter([corporate(), granted, bought, matured, matured])?.utilisation).toEqual(cny(0));
  });
});
