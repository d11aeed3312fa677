import {
  activeHoldingsInCny,
  activityLevel,
  advantageDecileWindow,
  type BranchStanding,
  flagWindows,
  judgeWindows,
  type Customer,
  type DomainPolicies,
  isContactOverdue,
  isAssessmentValidAt,
  isDormant,
  lifecycleStage,
  money,
  rfmScores,
} from '@ledger/domain';
import { instantOf } from '../shared/time-range';
import { toWireMoney } from '../shared/wire-money';
import { alertsAt, openServiceRequests } from './alerts';
import type { Customer360Document } from './customer-360.document';
import type {
  ActiveHoldingsView,
  Customer360View,
  DealingMandateView,
  HoldingView,
  RfmView,
  RiskAssessmentView,
} from './customer-360.view';
import { recentContactsOf } from './recent-contacts';

/**
 * The 360 view of a stored document at `now`: overdue, lifecycle, dormancy, RFM and alerts are
 * judged here, by the domain policies, so the view is right tomorrow without a new event.
 */
export function present(
  document: Customer360Document,
  now: string,
  policies: DomainPolicies,
  standing: BranchStanding | null = null,
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
    birthDate: customer.birthDate,
    // `?? null`: documents folded before issue 17 have no such fields.
    occupation: customer.occupation,
    gender: customer.gender ?? null,
    education: customer.education ?? null,
    address: customer.address ?? null,
    expectedReturn: customer.expectedReturn ?? null,
    preferredChannel: customer.preferredChannel,
    interests: customer.interests,
    recentContacts: recentContactsOf(document.recentContacts),
    tier: customer.tier,
    tierSince: customer.tierSince,
    relationshipManagerId: customer.relationshipManagerId,
    branchId: customer.branchId,
    holdings: holdingsOf(customer),
    totalFinancialAssets: toWireMoney(customer.totalFinancialAssets),
    activeHoldings: activeHoldingsOf(customer, policies),
    lastContactAt: customer.lastContactAt,
    nextContactDue: document.nextContactDue,
    overdue: active && isContactOverdue(customer, at, policies.contactCadence, policies.currencyRates),
    lifecycle: lifecycleStage(customer.onboardedAt, at, policies.lifecycle),
    dormant: isDormant(customer, at, policies.dormant),
    activityLevel: activityLevel(customer, at, policies.activityLevel, policies.dormant),
    flags: flagsOf(document, at, policies, standing),
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

function activeHoldingsOf(customer: Customer, policies: DomainPolicies): ActiveHoldingsView {
  const { amountMinor, withoutRate } = activeHoldingsInCny(customer, policies.currencyRates);
  return {
    total: toWireMoney(money(amountMinor, 'CNY')),
    ratesPublishedOn: policies.currencyRates.publishedOn,
    withoutRate,
  };
}

/** The state's flag windows, and the branch decile's when the read measured the branch (ADR 0028). */
function flagsOf(
  document: Customer360Document,
  at: string,
  policies: DomainPolicies,
  standing: BranchStanding | null,
) {
  const { customer } = document;
  const decile =
    // The decile is a mining flag too: none without profiling consent (ADR 0026).
    standing === null || customer.consent.profiling !== true
      ? []
      : advantageDecileWindow(customer, document.latestContribution ?? null, standing, policies.advantage);
  return judgeWindows([...flagWindows(customer, policies), ...decile], at);
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
