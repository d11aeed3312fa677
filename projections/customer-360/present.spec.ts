import { DEFAULT_POLICIES, money } from '@ledger/domain';
import { foldEvents } from '../shared/test/fold-events';
import { CUSTOMERS, type Customer360Document } from './customer-360.document';
import { customer360Projection } from './customer-360.projection';
import { present } from './present';
import { ANNA, at, CAI, threeCustomers } from './test/scenario';

const ledger = threeCustomers();
const documents = foldEvents(customer360Projection(DEFAULT_POLICIES), ledger.events)[CUSTOMERS] as Record<
  string,
  Customer360Document
>;
const anna = documents[ANNA]!;
const annaRecordedBefore = (time: string) =>
  foldEvents(
    customer360Projection(DEFAULT_POLICIES),
    ledger.events.filter((event) => event.metadata.recordedAt < time),
  )[CUSTOMERS]![ANNA] as Customer360Document;
const lastOf = (customerId: string, type: string) =>
  ledger.events.filter((event) => event.stream === `customer-${customerId}` && event.type === type).at(-1)!;

describe('present', () => {
  it('answers the 360 contract at a given now', () => {
    expect(present(anna, at('2026-03-10', '12:00'), DEFAULT_POLICIES)).toEqual({
      customerId: ANNA,
      segment: 'retail',
      name: '客户 cust-anna',
      idNumber: '110101199003071234',
      phone: '+8613800138000',
      birthDate: '1990-03-07',
      occupation: null,
      gender: null,
      education: null,
      address: null,
      expectedReturn: null,
      preferredChannel: null,
      interests: [],
      // Newest first, by business time.
      recentContacts: [
        {
          contactId: 'call-2',
          channel: 'wechat',
          purpose: 'review',
          priority: 3,
          outcome: 'reached',
          notes: null,
          relationshipManagerId: 'rm-li',
          occurredAt: at('2026-03-05'),
        },
        {
          contactId: 'call-1',
          channel: 'phone',
          purpose: 'review',
          priority: 3,
          outcome: 'reached',
          notes: null,
          relationshipManagerId: 'rm-li',
          occurredAt: at('2026-01-07'),
        },
      ],
      tier: 'PRIVATE',
      tierSince: at('2026-03-03'),
      relationshipManagerId: 'rm-wang',
      branchId: 'branch-sh-01',
      holdings: [
        {
          holdingId: 'TD-anna',
          productCode: 'TD-3M',
          productType: 'time-deposit',
          principal: { amount: '500000.00', currency: 'CNY' },
          openedAt: at('2026-01-06'),
          maturityDate: '2026-04-10',
          status: 'active',
          maturedAt: null,
          rolledOverInto: null,
        },
      ],
      totalFinancialAssets: { amount: '600000.00', currency: 'CNY' },
      activeHoldings: {
        total: { amount: '500000.00', currency: 'CNY' },
        ratesPublishedOn: DEFAULT_POLICIES.currencyRates.publishedOn,
        withoutRate: [],
      },
      lastContactAt: at('2026-03-05'),
      nextBestProducts: [],
      household: null,
      relatedParties: [],
      consent: { marketing: true, profiling: true },
      dealingMandate: { sealSpecimenRef: null, phoneAuthorisationValidUntil: null, creditFacility: null },
      nextContactDue: '2026-03-19',
      overdue: false,
      lifecycle: 'NEW',
      dormant: false,
      activityLevel: 'active',
      // 600,000 in time deposits only, PRIVATE, and a complaint open past its 24 hours.
      flags: [
        {
          flag: 'potential',
          since: '2026-01-06T18:00:00.000Z',
          rule: 'potential/v1/concentrated-assets',
          inputs: { totalFinancialAssetsMinor: 600_000_00, productTypes: 1 },
        },
        {
          flag: 'advantage',
          since: '2026-03-03T09:00:00.000Z',
          rule: 'advantage/v1/tier',
          inputs: { tier: 'PRIVATE' },
        },
        {
          flag: 'flight-risk',
          since: '2026-01-21T09:00:00.001Z',
          rule: 'flight-risk/v1/complaint-past-sla',
          inputs: { requestId: 'SR-anna', resolveBy: '2026-01-21T09:00:00.000Z' },
        },
      ],
      // 63 days since the only subscription (≤ 90: 4), one in 12 months (2), 500,000 (≥ 200,000: 3).
      rfm: {
        recency: 4,
        frequency: 2,
        monetary: 3,
        daysSinceLastSubscription: 63,
        subscriptions: 1,
        policyVersion: 'rfm/v1',
      },
      riskAssessment: null,
      riskProfile: null,
      openServiceRequests: [
        {
          requestId: 'SR-anna',
          kind: 'complaint',
          channel: 'app',
          openedAt: at('2026-01-20'),
          respondBy: at('2026-01-20', '11:00'),
          resolveBy: at('2026-01-21'),
          responseBreached: true,
          resolutionBreached: true,
        },
      ],
      alerts: [
        // Anna is PRIVATE: her week's VIP gift is due since Friday (ADR 0026).
        {
          kind: 'contact-due',
          reason: 'vip-gift',
          priority: 2,
          dueDate: '2026-03-06',
          escalateToBranchHead: false,
          holdingId: null,
        },
        { kind: 'sla-breach', requestId: 'SR-anna', responseBreached: true, resolutionBreached: true },
      ],
      tierHistory: anna.tierHistory,
      contactsByChannel: { phone: 1, sms: 0, visit: 0, email: 0, wechat: 1 },
      status: 'active',
      onboardedAt: at('2026-01-05'),
      offboardedAt: null,
      revision: 11,
      position: lastOf(ANNA, 'ContactLogged').position,
    });
  });

  it('is right a month later without a new event: overdue, growing, and a maturity call due', () => {
    const view = present(anna, at('2026-04-09', '08:00'), DEFAULT_POLICIES);
    expect(view).toMatchObject({ overdue: true, lifecycle: 'GROWING', dormant: false });
    expect(view.alerts).toEqual([
      {
        kind: 'contact-due',
        reason: 'maturity',
        priority: 1,
        dueDate: '2026-04-09',
        escalateToBranchHead: false,
        holdingId: 'TD-anna',
      },
      {
        kind: 'contact-due',
        reason: 'vip-gift',
        priority: 2,
        dueDate: '2026-04-03',
        escalateToBranchHead: false,
        holdingId: null,
      },
      {
        kind: 'contact-due',
        reason: 'cadence',
        priority: 3,
        dueDate: '2026-03-19',
        escalateToBranchHead: false,
        holdingId: null,
      },
      { kind: 'maturing-soon', holdingId: 'TD-anna', maturityDate: '2026-04-10' },
      { kind: 'sla-breach', requestId: 'SR-anna', responseBreached: true, resolutionBreached: true },
    ]);
  });

  it('raises the birthday the day before and an unanswered large movement, not the first valuation', () => {
    const movement = expect.objectContaining({
      kind: 'contact-due',
      reason: 'large-movement',
      priority: 1,
      escalateToBranchHead: true,
    });
    const evening = at('2026-01-06', '20:00');
    expect(
      present(annaRecordedBefore(at('2026-01-07')), evening, DEFAULT_POLICIES).alerts,
    ).not.toContainEqual(movement);
    const moved = threeCustomers();
    moved.run('RevalueAssets', ANNA, at('2026-01-06', '19:00'), { totalFinancialAssets: money(900_000_00) });
    const recorded = moved.events.filter((event) => event.metadata.recordedAt < at('2026-01-07'));
    const annaMoved = foldEvents(customer360Projection(DEFAULT_POLICIES), recorded)[CUSTOMERS]![ANNA];
    expect(present(annaMoved as Customer360Document, evening, DEFAULT_POLICIES).alerts).toContainEqual(
      movement,
    );
    expect(
      present(annaRecordedBefore(at('2026-03-02')), at('2026-03-06'), DEFAULT_POLICIES).alerts,
    ).toContainEqual(
      expect.objectContaining({
        kind: 'contact-due',
        reason: 'birthday',
        priority: 2,
        dueDate: '2026-03-06',
      }),
    );
  });

  it('calls a customer without subscriptions or balance changes for 180 days dormant', () => {
    const cai = documents[CAI]!;
    expect(present(cai, at('2025-07-08'), DEFAULT_POLICIES).dormant).toBe(false);
    expect(present(cai, at('2025-07-09'), DEFAULT_POLICIES).dormant).toBe(true);
    expect(present(cai, at('2026-03-10'), DEFAULT_POLICIES).lifecycle).toBe('MATURE');
  });

  it('keeps a customer the bank only calls dormant (seed 003 counts balance changes)', () => {
    // Anna's last activity is the subscription of 2026-01-06; her calls of January and March count for nothing.
    expect(present(anna, at('2026-07-05', '08:59'), DEFAULT_POLICIES).dormant).toBe(false);
    expect(present(anna, at('2026-07-05'), DEFAULT_POLICIES).dormant).toBe(true);
  });
});

describe('present, assets beside holdings (issue 22)', () => {
  const corporateWithHoldings = () => {
    const book = threeCustomers();
    // A corporate customer whose products were recorded before any valuation.
    book.run('OnboardCustomer', 'cust-xinghe', at('2026-03-01'), {
      segment: 'corporate',
      name: '上海星河科技有限公司',
      idNumber: '91310000MA1K4XYZ12',
      phone: '+862155550100',
      branchId: 'branch-sh-01',
      relationshipManagerId: 'rm-li',
    });
    book.run('SubscribeProduct', 'cust-xinghe', at('2026-03-02'), {
      holdingId: 'TD-xinghe',
      productCode: 'TD-12M',
      productType: 'time-deposit',
      principal: money(3_000_000_00),
      openedAt: at('2026-03-02'),
      maturityDate: '2027-03-02',
    });
    book.run('SubscribeProduct', 'cust-xinghe', at('2026-03-02', '10:00'), {
      holdingId: 'DD-xinghe-usd',
      productCode: 'DD-USD',
      productType: 'deposit',
      principal: money(100_000_00, 'USD'),
      openedAt: at('2026-03-02', '10:00'),
    });
    book.run('SubscribeProduct', 'cust-xinghe', at('2026-03-02', '11:00'), {
      holdingId: 'LN-xinghe',
      productCode: 'LN-24M',
      productType: 'loan',
      principal: money(9_000_000_00),
      openedAt: at('2026-03-02', '11:00'),
      maturityDate: '2028-03-02',
    });
    const docs = foldEvents(customer360Projection(DEFAULT_POLICIES), book.events)[CUSTOMERS] as Record<
      string,
      Customer360Document
    >;
    return docs['cust-xinghe']!;
  };

  it('sums active asset holdings in CNY by the rate table, loans left out, beside the valuation', () => {
    const view = present(corporateWithHoldings(), at('2026-03-03'), DEFAULT_POLICIES);
    expect(view.totalFinancialAssets).toEqual({ amount: '0.00', currency: 'CNY' });
    // 3,000,000 CNY + 100,000 USD × 7.1
    expect(view.activeHoldings.total).toEqual({ amount: '3710000.00', currency: 'CNY' });
  });

  it('gives a customer with holdings and no valuation a contact schedule from its holdings', () => {
    const document = corporateWithHoldings();
    // 3,710,000 ≥ 2,000,000: every 7 days from onboarding.
    expect(document.nextContactDue).toBe('2026-03-08');
    expect(present(document, at('2026-03-10'), DEFAULT_POLICIES).overdue).toBe(true);
  });
});

describe('present, risk assessment', () => {
  it('shows the last assessment and whether it has expired at the read time', () => {
    const assessment = {
      level: 'C3' as const,
      score: 60,
      questionnaireVersion: 'RQ-1',
      assessedAt: '2026-01-10T09:00:00.000Z',
      validUntil: '2027-01-10T09:00:00.000Z',
    };
    const assessed = { ...anna, customer: { ...anna.customer, riskAssessment: assessment } };
    expect(present(assessed, at('2026-03-10', '12:00'), DEFAULT_POLICIES).riskAssessment).toEqual({
      ...assessment,
      expired: false,
    });
    expect(present(assessed, at('2027-01-10', '12:00'), DEFAULT_POLICIES).riskAssessment).toMatchObject({
      expired: true,
    });
  });
});

describe('present and consent (ADR 0024)', () => {
  it('shows a withdrawal of marketing consent at once, and a profiling consent given', () => {
    const book = threeCustomers();
    book.run('GiveConsent', CAI, at('2026-03-01'), { purpose: 'profiling' });
    book.run('WithdrawConsent', CAI, at('2026-03-02'), { purpose: 'marketing' });
    const cai = (
      foldEvents(customer360Projection(DEFAULT_POLICIES), book.events)[CUSTOMERS] as Record<
        string,
        Customer360Document
      >
    )[CAI]!;
    expect(present(cai, at('2026-03-03'), DEFAULT_POLICIES).consent).toEqual({
      marketing: false,
      profiling: true,
    });
  });
});
