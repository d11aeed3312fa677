import { assertNever } from '../assert-never';
import type { CustomerCommand } from '../commands/customer-command';
import type { CustomerEvent } from '../events/customer-event';
import { DEFAULT_POLICIES, type DomainPolicies } from '../policies/domain-policies';
import type { CustomerState } from '../state/customer-state';
import {
  assignRelationshipManager,
  offboardCustomer,
  onboardCustomer,
  updateProfile,
} from './customer.decider';
import { giveConsent, withdrawConsent } from './consent.decider';
import { correctPersonalData, reactivateCustomer } from './correction.decider';
import {
  changeCreditFacility,
  grantCreditFacility,
  lodgePhoneAuthorisation,
  lodgeSealSpecimen,
} from './dealing.decider';
import { recordErased, requestErasure } from './erasure.decider';
import { activeCustomer, instant, onboardedCustomer } from './guards';
import { recordMaturity, subscribeProduct } from './holding.decider';
import { scheduleRepaymentDue } from './repayment.decider';
import { linkRelatedParty, unlinkRelatedParty } from './related-party.decider';
import { assessRiskProfile } from './suitability.decider';
import { logContact, openServiceRequest, resolveServiceRequest } from './relationship.decider';
import { openTierReview } from './tier-review.decider';
import { castTierReviewVote, expireTierReview } from './tier-review-votes.decider';
import { recordContribution, revalueAssets } from './valuation.decider';

/**
 * The customer decider: the events a command produces from the current state, or a DomainError.
 * Pure: time, ids and the actor come in with the command, thresholds with `policies`.
 */
export function decide(
  command: CustomerCommand,
  state: CustomerState,
  policies: DomainPolicies = DEFAULT_POLICIES,
): CustomerEvent[] {
  instant(command.now, 'now');
  const active = () => activeCustomer(state, command.customerId);
  switch (command.type) {
    case 'OnboardCustomer':
      return onboardCustomer(command, state);
    case 'UpdateCustomerProfile':
      return updateProfile(command, active());
    case 'AssignRelationshipManager':
      return assignRelationshipManager(command, active());
    case 'SubscribeProduct':
      return subscribeProduct(command, active(), policies.currencyRates);
    case 'AssessRiskProfile':
      return assessRiskProfile(command, active(), policies.suitability);
    case 'RecordMaturity':
      return recordMaturity(command, active());
    case 'ScheduleRepaymentDue':
      return scheduleRepaymentDue(command, active());
    case 'RevalueAssets':
      return revalueAssets(command, active(), policies);
    case 'RecordContribution':
      return recordContribution(command, active(), policies);
    case 'LogContact':
      return logContact(command, active());
    case 'OpenTierReview':
      return openTierReview(command, active(), policies);
    case 'CastTierReviewVote':
      return castTierReviewVote(command, active(), policies);
    // An offboarded customer's open review still expires, so the sweep never retries it forever.
    case 'ExpireTierReview':
      return expireTierReview(command, onboardedCustomer(state, command.customerId), policies);
    case 'OpenServiceRequest':
      return openServiceRequest(command, active());
    case 'ResolveServiceRequest':
      return resolveServiceRequest(command, active(), policies);
    case 'OffboardCustomer':
      return offboardCustomer(command, active());
    // Erasure is the one thing that may still happen after offboarding.
    case 'RequestPersonalDataErasure':
      return requestErasure(command, onboardedCustomer(state, command.customerId), policies);
    case 'RecordPersonalDataErased':
      return recordErased(command, onboardedCustomer(state, command.customerId));
    case 'GiveConsent':
      return giveConsent(command, active());
    // A withdrawal is always heard, offboarded or not (PIPL art. 15).
    case 'WithdrawConsent':
      return withdrawConsent(command, onboardedCustomer(state, command.customerId));
    // Records the bank keeps after offboarding are corrected too (PIPL art. 46).
    case 'CorrectPersonalData':
      return correctPersonalData(command, onboardedCustomer(state, command.customerId));
    case 'ReactivateCustomer':
      return reactivateCustomer(command, onboardedCustomer(state, command.customerId), policies);
    case 'LodgeSealSpecimen':
      return lodgeSealSpecimen(command, active());
    case 'LodgePhoneAuthorisation':
      return lodgePhoneAuthorisation(command, active());
    case 'GrantCreditFacility':
      return grantCreditFacility(command, active());
    case 'ChangeCreditFacility':
      return changeCreditFacility(command, active());
    case 'LinkRelatedParty':
      return linkRelatedParty(command, active());
    case 'UnlinkRelatedParty':
      return unlinkRelatedParty(command, active());
    default:
      return assertNever(command);
  }
}
