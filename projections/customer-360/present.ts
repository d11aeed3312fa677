import {
  activityLevel,
  type Customer,
  flagsAt,
  type DomainPolicies,
  isContactOverdue,
  isAssessmentValidAt,
  isDormant,
  lifecycleStage,
  rfmScores,
} from '@ledger/domain';
import { instantOf } from '../shared/time-range';
import { toWireMoney } from '../shared/wire-money';
import { alertsAt, openServiceRequests } from './alerts';
import type { Customer360Document } from './customer-360.document';
import type {
  Customer360View,
  DealingMandateView,
  HoldingView,
  RfmView,
  RiskAssessmentView,
} from './customer-360.view';

/**
 * The 360 view of a stored document at `now`: overdue, lifecycle, dormancy, RFM and alerts are
 * judged here, by the domain policies, so the view is right tomorrow without a new event.
 */
export function present(
  document: Customer360Document,
  now: string,
  policies: DomainPolicies,
): Customer360View {
  const at = instantOf(now);
  const { customer } = document;
  const active = customer.status === 'active';
  return {
    customerId: customer.customerId,
    segment: customer.segment,
    name: customer.name,
    idNumber: customer.idNumber,
    phone: customer.phone,
    tier: customer.tier,
    tierSince: customer.tierSince,
    relationshipManagerId: customer.relationshipManagerId,
    branchId: customer.branchId,
    holdings: holdingsOf(customer),
    totalFinancialAssets: toWireMoney(customer.totalFinancialAssets),
    lastContactAt: customer.lastContactAt,
    nextContactDue: document.nextContactDue,
    overdue: active && isContactOverdue(customer, at, policies.contactCadence),
    lifecycle: lifecycleStage(customer.onboardedAt, at, policies.lifecycle),
    dormant: isDormant(customer, at, policies.dormant),
    activityLevel: activityLevel(customer, at, policies.activityLevel, policies.dormant),
    flags: flagsAt(customer, at, policies),
    rfm: rfmOf(customer, at, policies),
    openServiceRequests: openServiceRequests(customer, at, policies),
    alerts: alertsAt(customer, at, policies),
    tierHistory: document.tierHistory,
    contactsByChannel: document.contactsByChannel,
    riskProfile: customer.riskProfile,
    riskAssessment: riskAssessmentOf(customer, at),
    nextBestProducts: [],
    // Documents folded before consent events existed have no profiling field.
    consent: { marketing: customer.consent.marketing, profiling: customer.consent.profiling === true },
    dealingMandate: dealingMandateOf(customer),
    household: null,
    relatedParties: [],
    status: document.status,
    onboardedAt: customer.onboardedAt,
    offboardedAt: customer.offboardedAt,
    revision: document.revision,
    position: document.position,
  };
}

function dealingMandateOf({ dealing }: Customer): DealingMandateView {
  const facility = dealing.creditFacility;
  return {
    sealSpecimenRef: dealing.sealSpecimen?.specimenRef ?? null,
    phoneAuthorisationValidUntil: dealing.phoneAuthorisation?.validUntil ?? null,
    creditFacility:
      facility === null
        ? null
        : {
            facilityId: facility.facilityId,
            limit: toWireMoney(facility.limit),
            utilisation: toWireMoney(facility.utilisation),
            available: toWireMoney({
              amountMinor: Math.max(0, facility.limit.amountMinor - facility.utilisation.amountMinor),
              currency: facility.limit.currency,
            }),
            validUntil: facility.validUntil,
          },
  };
}

/** Every holding, active and matured, in the order they were opened. */
function holdingsOf(customer: Customer): HoldingView[] {
  return Object.values(customer.holdings)
    .sort((a, b) => a.openedAt.localeCompare(b.openedAt) || a.holdingId.localeCompare(b.holdingId))
    .map((holding) => ({
      holdingId: holding.holdingId,
      productCode: holding.productCode,
      productType: holding.productType,
      principal: toWireMoney(holding.principal),
      openedAt: holding.openedAt,
      maturityDate: holding.maturityDate,
      status: holding.status,
      maturedAt: holding.maturedAt,
      rolledOverInto: holding.rolledOverInto,
    }));
}

function rfmOf(customer: Customer, now: string, policies: DomainPolicies): RfmView {
  const { recency, frequency, monetary, daysSinceLastSubscription, subscriptions, policyVersion } = rfmScores(
    customer,
    now,
    policies.rfm,
  );
  return { recency, frequency, monetary, daysSinceLastSubscription, subscriptions, policyVersion };
}

function riskAssessmentOf(customer: Customer, now: string): RiskAssessmentView | null {
  // Documents folded before assessments existed have no field at all.
  const assessment = customer.riskAssessment ?? null;
  if (assessment === null) return null;
  return { ...assessment, expired: !isAssessmentValidAt(assessment, now) };
}
