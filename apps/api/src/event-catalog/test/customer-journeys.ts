import {
  type Actor,
  type CustomerCommand,
  type CustomerEvent,
  decide,
  evolve,
  initialState,
  money,
  SYSTEM_ACTOR,
} from '@ledger/domain';

/** Two customers taken through every command, so the decider emits every event type of the catalog. */
export const RETAIL_ID = '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b';
export const CORPORATE_ID = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';
export const ERASURE_REQUEST_EVENT_ID = '0c7e3a56-2b1d-4e8f-9a6b-5c4d3e2f1a0b';

const RM: Actor = { id: 'rm-li', role: 'relationship-manager' };
/** The manager the retail customer is reassigned to: its commands from then on are hers (ADR 0015). */
const ZHANG: Actor = { id: 'rm-zhang', role: 'relationship-manager' };
const CHEN: Actor = { id: 'committee-chen', role: 'committee-member' };
const ZHAO: Actor = { id: 'committee-zhao', role: 'committee-member' };
const ADMIN: Actor = { id: 'admin-wu', role: 'admin' };

const cny = (yuan: number) => money(Math.round(yuan * 100));
const day = (date: string) => `${date}T09:00:00.000Z`;

export function retailJourney(): CustomerCommand[] {
  const by = (actor: Actor, date: string) => ({ customerId: RETAIL_ID, actor, now: day(date) });
  return [
    {
      ...by(RM, '2026-01-05'),
      type: 'OnboardCustomer',
      segment: 'retail',
      name: '王芳',
      idNumber: '110101199003071234',
      phone: '+8613800138000',
      email: 'wang.fang@example.cn',
      birthDate: '1990-03-07',
      occupation: 'teacher',
      gender: 'female',
      education: 'bachelor',
      address: '上海市徐汇区漕溪北路88号',
      expectedReturn: 0.035,
      riskProfile: 'moderate',
      preferredChannel: 'phone',
      interests: ['tea'],
      branchId: 'branch-shanghai-01',
      relationshipManagerId: RM.id,
      consent: { marketing: true },
    },
    {
      ...by(RM, '2026-01-10'),
      type: 'UpdateCustomerProfile',
      occupation: 'engineer',
      phone: '+8613900139000',
      email: 'fang.wang@example.cn',
      riskProfile: 'balanced',
      preferredChannel: 'wechat',
      interests: ['golf', 'tea'],
      education: 'master',
      address: '上海市浦东新区世纪大道100号',
      expectedReturn: 0.045,
    },
    // Seed 003 更正: the counter checked the id card; the register follows in the api.
    {
      ...by(RM, '2026-01-10'),
      type: 'CorrectPersonalData',
      corrections: { name: '王方', idNumber: '110101199003081236', birthDate: '1990-03-08' },
      reason: 'resident id card checked at the counter',
    },
    { ...by(RM, '2026-01-10'), type: 'GiveConsent', purpose: 'profiling' },
    { ...by(RM, '2026-01-11'), type: 'WithdrawConsent', purpose: 'marketing' },
    {
      ...by(RM, '2026-01-12'),
      type: 'AssignRelationshipManager',
      relationshipManagerId: 'rm-zhang',
      reason: 'rebalancing',
    },
    // Wealth products are sold only after a valid risk assessment (suitability).
    {
      ...by(ZHANG, '2026-01-20'),
      type: 'AssessRiskProfile',
      level: 'C3',
      score: 62,
      questionnaireVersion: 'RQ-2025-retail',
    },
    {
      ...by(ZHANG, '2026-02-01'),
      type: 'SubscribeProduct',
      holdingId: 'h-td-6m',
      productCode: 'TD-6M-CNY',
      productType: 'time-deposit',
      principal: cny(250_000),
      maturityDate: '2026-08-01',
    },
    {
      ...by(ZHANG, '2026-02-02'),
      type: 'SubscribeProduct',
      holdingId: 'h-dd',
      productCode: 'DD-CNY',
      productType: 'deposit',
      principal: cny(20_000),
    },
    {
      ...by(ZHANG, '2026-02-03'),
      type: 'SubscribeProduct',
      holdingId: 'LN-2026-000042',
      productCode: 'LOAN-HOME',
      productType: 'loan',
      principal: cny(800_000),
    },
    {
      ...by(ZHANG, '2026-02-03'),
      type: 'ScheduleRepaymentDue',
      holdingId: 'LN-2026-000042',
      dueDate: '2026-03-15',
      amountDue: cny(5_230),
    },
    {
      ...by(ZHANG, '2026-08-01'),
      type: 'RecordMaturity',
      holdingId: 'h-td-6m',
      proceeds: cny(253_125.5),
      rolledOverInto: 'WM-2026-000123',
    },
    {
      ...by(ZHANG, '2026-08-01'),
      type: 'SubscribeProduct',
      holdingId: 'WM-2026-000123',
      productCode: 'WM-1Y-STEADY',
      productType: 'wealth',
      principal: cny(253_125.5),
      maturityDate: '2027-08-01',
    },
    // MASS → WEALTH without a large movement, WEALTH → PRIVATE with one, then a fall back to WEALTH.
    { ...by(ZHANG, '2026-08-02'), type: 'RevalueAssets', totalFinancialAssets: cny(150_000) },
    { ...by(ZHANG, '2026-09-01'), type: 'RevalueAssets', totalFinancialAssets: cny(6_000_000) },
    { ...by(ZHANG, '2026-10-01'), type: 'RevalueAssets', totalFinancialAssets: cny(4_000_000) },
    {
      ...by(ZHANG, '2026-10-02'),
      type: 'LogContact',
      contactId: 'contact-1',
      channel: 'phone',
      purpose: 'large movement follow-up',
      outcome: 'moved funds to a property purchase',
      notes: 'daughter starts university in Beijing',
      relationshipManagerId: 'rm-zhang',
      priority: 1,
    },
    {
      ...by(ZHANG, '2026-10-20'),
      type: 'LogContact',
      contactId: 'contact-2',
      channel: 'visit',
      purpose: 'routine',
      holdingId: 'WM-2026-000123',
      outcome: 'reviewed portfolio',
      relationshipManagerId: 'rm-zhang',
    },
    {
      ...by(ZHANG, '2026-11-01'),
      type: 'OpenTierReview',
      reviewId: 'review-1',
      proposedTier: 'PRIVATE',
      rationale: 'family office relationship',
    },
    ...[ZHAO, CHEN].map((member) => ({
      ...by(member, '2026-11-03'),
      type: 'CastTierReviewVote' as const,
      reviewId: 'review-1',
      vote: 'approve' as const,
      tier: 'PRIVATE' as const,
      reason: 'assets held across the group exceed the threshold',
    })),
    {
      ...by(ZHANG, '2026-11-05'),
      type: 'OpenTierReview',
      reviewId: 'review-2',
      proposedTier: 'MASS',
      rationale: 'dormant since summer',
    },
    ...[CHEN, ZHAO].map((member) => ({
      ...by(member, '2026-11-06'),
      type: 'CastTierReviewVote' as const,
      reviewId: 'review-2',
      vote: 'reject' as const,
      reason: 'not dormant',
    })),
    {
      ...by(ZHANG, '2026-11-07'),
      type: 'OpenTierReview',
      reviewId: 'review-3',
      proposedTier: 'PRIVATE',
      rationale: 'inheritance expected',
    },
    {
      ...by(CHEN, '2026-11-08'),
      type: 'CastTierReviewVote',
      reviewId: 'review-3',
      vote: 'reject',
      reason: 'not yet',
    },
    {
      ...by(ZHANG, '2026-11-10'),
      type: 'OpenServiceRequest',
      requestId: 'request-1',
      kind: 'complaint',
      channel: 'app',
      description: 'card blocked while travelling in Japan',
    },
    {
      ...by(ZHANG, '2026-11-11'),
      type: 'ResolveServiceRequest',
      requestId: 'request-1',
      resolution: 'card unblocked, fee refunded',
      respondedAt: '2026-11-10T10:00:00.000Z',
    },
    { ...by(ZHANG, '2026-11-20'), type: 'OffboardCustomer', reason: 'moved abroad' },
    // Win-back inside retention, then offboarded for good.
    { ...by(ZHANG, '2026-11-25'), type: 'ReactivateCustomer', reason: 'returned after the win-back call' },
    { ...by(ZHANG, '2026-11-30'), type: 'OffboardCustomer', reason: 'moved abroad' },
    {
      ...by(ADMIN, '2026-12-01'),
      type: 'RequestPersonalDataErasure',
      reason: 'customer request under PIPL art. 47',
    },
    // No second vote: the sweep records the expiry once the policy's days have passed, offboarded or not.
    { ...by(SYSTEM_ACTOR, '2026-12-08'), type: 'ExpireTierReview', reviewId: 'review-3' },
    {
      ...by(ADMIN, '2031-12-01'),
      type: 'RecordPersonalDataErased',
      requestEventId: ERASURE_REQUEST_EVENT_ID,
    },
  ];
}

export function corporateJourney(): CustomerCommand[] {
  const by = (actor: Actor, date: string) => ({ customerId: CORPORATE_ID, actor, now: day(date) });
  const contribution = { type: 'RecordContribution' as const, departmentsEngaged: 1 };
  return [
    {
      ...by(RM, '2026-01-05'),
      type: 'OnboardCustomer',
      segment: 'corporate',
      name: 'Shanghai Precision Optics Co., Ltd.',
      idNumber: '91310000MA1FL0XX0X',
      phone: '+862150000000',
      branchId: 'branch-shanghai-01',
      relationshipManagerId: RM.id,
    },
    { ...by(RM, '2026-02-10'), ...contribution, year: 2024, contribution: cny(800_000), growthRate: -0.35 },
    {
      ...by(RM, '2026-02-10'),
      ...contribution,
      year: 2025,
      contribution: cny(12_000_000),
      departmentsEngaged: 3,
      growthRate: 0.2,
    },
    {
      ...by(RM, '2026-03-01'),
      type: 'OpenTierReview',
      reviewId: 'review-c1',
      specialBackground: 'government-or-monopoly',
      rationale: 'annual review',
    },
    ...[ZHAO, CHEN].map((member) => ({
      ...by(member, '2026-03-05'),
      type: 'CastTierReviewVote' as const,
      reviewId: 'review-c1',
      vote: 'approve' as const,
      reason: 'points model',
    })),
    { ...by(RM, '2026-03-31'), type: 'RevalueAssets', totalFinancialAssets: cny(30_000_000) },
    { ...by(RM, '2026-04-01'), type: 'LodgeSealSpecimen', specimenRef: 'DMS-SEAL-0042' },
    {
      ...by(RM, '2026-04-01'),
      type: 'LodgePhoneAuthorisation',
      authorisedCallers: ['Zhang Wei', 'Liu Fang'],
      validUntil: '2027-03-31T00:00:00.000Z',
    },
    {
      ...by(RM, '2026-04-02'),
      type: 'GrantCreditFacility',
      facilityId: 'CF-2026-001',
      limit: cny(5_000_000),
      validUntil: '2027-03-31T00:00:00.000Z',
    },
    {
      ...by(RM, '2026-06-30'),
      type: 'ChangeCreditFacility',
      facilityId: 'CF-2026-001',
      limit: cny(8_000_000),
      reason: 'half-year review',
    },
    // 公私联动: the retail customer linked as a payroll employee, then unlinked (ADR 0027).
    {
      ...by(RM, '2026-04-01'),
      type: 'LinkRelatedParty',
      personId: RETAIL_ID,
      relation: 'payroll-employee',
      person: { customerId: RETAIL_ID, segment: 'retail', active: true },
    },
    { ...by(RM, '2026-05-01'), type: 'UnlinkRelatedParty', personId: RETAIL_ID, reason: 'left the company' },
  ];
}

/** Runs commands through decide and evolve, as the command handler does, and returns every event. */
export function eventsOf(commands: readonly CustomerCommand[]): CustomerEvent[] {
  let state = initialState();
  const events: CustomerEvent[] = [];
  for (const command of commands) {
    for (const event of decide(command, state)) {
      state = evolve(state, event);
      events.push(event);
    }
  }
  return events;
}
