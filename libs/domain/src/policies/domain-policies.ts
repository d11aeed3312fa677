import { ACTIVITY_LEVEL_POLICY, type ActivityLevelPolicy } from './activity-level.policy';
import { ADVANTAGE_POLICY, type AdvantagePolicy } from './advantage.policy';
import { FLIGHT_RISK_POLICY, type FlightRiskPolicy } from './flight-risk.policy';
import { POTENTIAL_POLICY, type PotentialPolicy } from './potential.policy';
import { SLEEPING_POLICY, type SleepingPolicy } from './sleeping.policy';
import { CAMPAIGN_POLICY, type CampaignPolicy } from './campaign.policy';
import { BIRTHDAY_POLICY, type BirthdayPolicy } from './birthday.policy';
import { HOLIDAY_POLICY, type HolidayPolicy } from './holiday.policy';
import { BRANCH_TARGETS_POLICY, type BranchTargetsPolicy } from './branch-targets.policy';
import { CHAIN_ANCHOR_POLICY, type ChainAnchorPolicy } from './chain-anchor.policy';
import { CONTACT_CADENCE_POLICY, type ContactCadencePolicy } from './contact-cadence.policy';
import { CURRENCY_RATES_POLICY, type CurrencyRatesPolicy } from './currency-rates.policy';
import { CORPORATE_TIER_POLICY, type CorporateTierPolicy } from './corporate-tier.policy';
import { DORMANT_POLICY, type DormantPolicy } from './dormant.policy';
import { FOUR_EYES_POLICY, type FourEyesPolicy } from './four-eyes.policy';
import { IDENTITY_REGISTER_POLICY, type IdentityRegisterPolicy } from './identity-register.policy';
import { CUSTOMER_360_POLICY, type Customer360Policy } from './customer-360.policy';
import { HOLDING_ATTRIBUTION_POLICY, type HoldingAttributionPolicy } from './holding-attribution.policy';
import { INSTRUCTION_POLICY, type InstructionPolicy } from './instruction.policy';
import { HOUSEHOLD_MEMBERSHIP_POLICY, type HouseholdMembershipPolicy } from './household-membership.policy';
import { LARGE_MOVEMENT_POLICY, type LargeMovementPolicy } from './large-movement.policy';
import { LIFECYCLE_POLICY, type LifecyclePolicy } from './lifecycle.policy';
import { MATURITY_REMINDER_POLICY, type MaturityReminderPolicy } from './maturity-reminder.policy';
import { RETAIL_TIER_POLICY, type RetailTierPolicy } from './retail-tier.policy';
import { RETENTION_POLICY, type RetentionPolicy } from './retention.policy';
import { RFM_POLICY, type RfmPolicy } from './rfm.policy';
import { SERVICE_SLA_POLICY, type ServiceSlaPolicy } from './service-sla.policy';
import { SUITABILITY_POLICY, type SuitabilityPolicy } from './suitability.policy';
import { VIP_EVENT_POLICY, type VipEventPolicy } from './vip-event.policy';
import { VIP_GIFTS_POLICY, type VipGiftsPolicy } from './vip-gifts.policy';
import { REPAYMENT_REMINDER_POLICY, type RepaymentReminderPolicy } from './repayment-reminder.policy';

/** Every threshold the bank may configure, one object per policy; decide and the read models take it. */
export type DomainPolicies = {
  /** Which policy set this is ('seed-defaults', or derived from a configured set's content): recorded with every decision computed under it. */
  version: string;
  fourEyes: FourEyesPolicy;
  retailTier: RetailTierPolicy;
  corporateTier: CorporateTierPolicy;
  contactCadence: ContactCadencePolicy;
  largeMovement: LargeMovementPolicy;
  maturityReminder: MaturityReminderPolicy;
  birthday: BirthdayPolicy;
  /** Holiday dates per year (Spring Festival, Mid-Autumn, National Day): the bank's calendar. */
  holiday: HolidayPolicy;
  /** The care calendar's VIP events, weekly gifts and repayment reminders (ADR 0026). */
  vipEvent: VipEventPolicy;
  vipGifts: VipGiftsPolicy;
  repaymentReminder: RepaymentReminderPolicy;
  lifecycle: LifecyclePolicy;
  rfm: RfmPolicy;
  dormant: DormantPolicy;
  serviceSla: ServiceSlaPolicy;
  retention: RetentionPolicy;
  chainAnchors: ChainAnchorPolicy;
  /** The bank's targets per branch and KPI period (none in the seed set). */
  branchTargets: BranchTargetsPolicy;
  campaign: CampaignPolicy;
  suitability: SuitabilityPolicy;
  /** Seed 002/003 mining flags and activity levels (ADR 0023). */
  potential: PotentialPolicy;
  advantage: AdvantagePolicy;
  sleeping: SleepingPolicy;
  flightRisk: FlightRiskPolicy;
  activityLevel: ActivityLevelPolicy;
  identityRegister: IdentityRegisterPolicy;
  holdingAttribution: HoldingAttributionPolicy;
  /** Per currency to CNY: holdings are summed beside total financial assets in the reporting currency. */
  currencyRates: CurrencyRatesPolicy;
  customer360: Customer360Policy;
  /** Client instructions (seed 000's dealing flowchart, ADR 0029). */
  instruction: InstructionPolicy;
  householdMembership: HouseholdMembershipPolicy;
};

/** The documented defaults of DESIGN §2 and §5. */
export const DEFAULT_POLICIES: DomainPolicies = {
  version: 'seed-defaults',
  fourEyes: FOUR_EYES_POLICY,
  retailTier: RETAIL_TIER_POLICY,
  corporateTier: CORPORATE_TIER_POLICY,
  contactCadence: CONTACT_CADENCE_POLICY,
  largeMovement: LARGE_MOVEMENT_POLICY,
  maturityReminder: MATURITY_REMINDER_POLICY,
  birthday: BIRTHDAY_POLICY,
  holiday: HOLIDAY_POLICY,
  vipEvent: VIP_EVENT_POLICY,
  vipGifts: VIP_GIFTS_POLICY,
  repaymentReminder: REPAYMENT_REMINDER_POLICY,
  lifecycle: LIFECYCLE_POLICY,
  rfm: RFM_POLICY,
  dormant: DORMANT_POLICY,
  serviceSla: SERVICE_SLA_POLICY,
  retention: RETENTION_POLICY,
  chainAnchors: CHAIN_ANCHOR_POLICY,
  branchTargets: BRANCH_TARGETS_POLICY,
  campaign: CAMPAIGN_POLICY,
  suitability: SUITABILITY_POLICY,
  potential: POTENTIAL_POLICY,
  advantage: ADVANTAGE_POLICY,
  sleeping: SLEEPING_POLICY,
  flightRisk: FLIGHT_RISK_POLICY,
  activityLevel: ACTIVITY_LEVEL_POLICY,
  identityRegister: IDENTITY_REGISTER_POLICY,
  holdingAttribution: HOLDING_ATTRIBUTION_POLICY,
  currencyRates: CURRENCY_RATES_POLICY,
  customer360: CUSTOMER_360_POLICY,
  instruction: INSTRUCTION_POLICY,
  householdMembership: HOUSEHOLD_MEMBERSHIP_POLICY,
};
