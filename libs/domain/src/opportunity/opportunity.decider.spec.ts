import { specificationOf } from '../../test/aggregate-specification';
import type { Actor } from '../actor';
import type { CustomerFacts, OpportunityCommand } from './opportunity.commands';
import type { OpportunityEvent, OpportunityOpened } from './opportunity.events';
import { opportunityAggregate } from './opportunity.aggregate';

const given = specificationOf(opportunityAggregate);

const ID = 'opp-1';
const CUSTOMER = 'cust-1';
const RM_LI: Actor = { id: 'rm-li', role: 'relationship-manager' };
const RM_ZHOU: Actor = { id: 'rm-zhou', role: 'relationship-manager' };
const HEAD_B1: Actor = { id: 'head-b1', role: 'branch-head' };
const ADMIN: Actor = { id: 'admin-1', role: 'admin' };
const NOW = '2026-03-01T09:00:00.000Z';
const cny = (yuan: number) => ({ amountMinor: yuan * 100, currency: 'CNY' });

const holding = {
  holdingId: 'H-1',
  productCode: 'WM-115D',
  principal: cny(300_000),
  openedAt: '2026-03-10T09:00:00.000Z',
};
const customer = (facts: Partial<CustomerFacts> = {}): CustomerFacts => ({
  customerId: CUSTOMER,
  relationshipManagerId: RM_LI.id,
  branchId: 'b1',
  active: true,
  holdings: { 'H-1': holding },
  ...facts,
});

function command<T extends OpportunityCommand['type']>(
  type: T,
  fields: Omit<
    Extract<OpportunityCommand, { type: T }>,
    'type' | 'opportunityId' | 'actor' | 'now' | 'actingBranchId'
  >,
  actor: Actor = RM_LI,
  actingBranchId: string | null = null,
): Extract<OpportunityCommand, { type: T }> {
  return { type, opportunityId: ID, actor, now: NOW, actingBranchId, ...fields } as Extract<
    OpportunityCommand,
    { type: T }
  >;
}

const openCommand = (
  fields: Partial<Parameters<typeof command<'OpenOpportunity'>>[1]> = {},
  actor = RM_LI,
  branch: string | null = null,
) =>
  command(
    'OpenOpportunity',
    {
      customerId: CUSTOMER,
      customer: customer(),
      productCode: 'WM-115D',
      source: 'relationship-manager',
      expectedAmount: cny(300_000),
      ...fields,
    },
    actor,
    branch,
  );

const opened = (data: Partial<OpportunityOpened['data']> = {}): OpportunityOpened => ({
  type: 'OpportunityOpened',
  schemaVersion: 1,
  data: {
    opportunityId: ID,
    customerId: CUSTOMER,
    productCode: 'WM-115D',
    source: 'relationship-manager',
    expectedAmount: cny(300_000),
    owner: RM_LI.id,
    branchId: 'b1',
    openedAt: NOW,
    ...data,
  },
});

const advanced = (
  stage: 'contacted' | 'proposed',
  previousStage: 'identified' | 'contacted',
): OpportunityEvent => ({
  type: 'OpportunityAdvanced',
  schemaVersion: 1,
  data: { opportunityId: ID, customerId: CUSTOMER, stage, previousStage, advancedAt: NOW },
});

const won: OpportunityEvent = {
  type: 'OpportunityWon',
  schemaVersion: 1,
  data: {
    opportunityId: ID,
    customerId: CUSTOMER,
    holdingId: 'H-1',
    productCode: 'WM-115D',
    principal: cny(300_000),
    wonAt: '2026-03-10T10:00:00.000Z',
  },
};
const lost: OpportunityEvent = {
  type: 'OpportunityLost',
  schemaVersion: 1,
  data: { opportunityId: ID, customerId: CUSTOMER, reason: 'chose another bank', lostAt: NOW },
};

const advance = (
  stage: 'contacted' | 'needs-analysed' | 'proposed' | 'objection-handled' | 'closing',
  actor = RM_LI,
  branch: string | null = null,
) => command('AdvanceOpportunity', { stage }, actor, branch);
const win = (facts: CustomerFacts | null = customer(), holdingId = 'H-1') =>
  command('WinOpportunity', { holdingId, customer: facts, wonAt: '2026-03-10T10:00:00.000Z' });
const lose = (actor = RM_LI) => command('LoseOpportunity', { reason: 'chose another bank' }, actor);

describe('opening an opportunity', () => {
  describe('when nothing is open under its id', () => {
    it("records it in the customer's manager's pipeline and branch", () => {
      given([]).when(openCommand()).then([opened()]);
    });

    it('names the campaign of a campaign opportunity, and omits an absent product', () => {
      given([])
        .when(openCommand({ source: 'campaign', campaignId: 'camp-1', productCode: undefined }))
        .then(
          [opened({ source: 'campaign', campaignId: 'camp-1', productCode: undefined })].map((event) => {
            const { productCode: _none, ...data } = event.data;
            return { ...event, data };
          }),
        );
    });

    it('refuses a campaign without its campaignId, and a campaignId on another source', () => {
      given([])
        .when(openCommand({ source: 'campaign' }))
        .thenThrows('OPPORTUNITY_CAMPAIGN_MISMATCH');
      given([])
        .when(openCommand({ source: 'referral', campaignId: 'camp-1' }))
        .thenThrows('OPPORTUNITY_CAMPAIGN_MISMATCH');
    });

    it('refuses a customer that is not onboarded, or outside the manager’s book, as not found', () => {
      given([])
        .when(openCommand({ customer: null }))
        .thenThrows('CUSTOMER_NOT_FOUND');
      given([]).when(openCommand({}, RM_ZHOU)).thenThrows('CUSTOMER_NOT_FOUND');
    });

    it('refuses a branch head outside its branch as not found, and lets it open in its branch for the manager', () => {
      given([])
        .when(openCommand({}, HEAD_B1, 'b2'))
        .thenThrows('CUSTOMER_NOT_FOUND');
      given([])
        .when(openCommand({ owner: 'rm-wang' }, HEAD_B1, 'b1'))
        .then([opened({ owner: 'rm-wang' })]);
    });

    it('refuses a relationship manager naming another owner', () => {
      given([])
        .when(openCommand({ owner: RM_ZHOU.id }))
        .thenThrows('OPPORTUNITY_OWNER_NOT_ACTOR');
    });

    it('refuses an offboarded customer', () => {
      given([])
        .when(openCommand({ customer: customer({ active: false }) }))
        .thenThrows('CUSTOMER_OFFBOARDED');
    });

    it('refuses an invalid expected amount', () => {
      given([])
        .when(openCommand({ expectedAmount: { amountMinor: -1, currency: 'CNY' } }))
        .thenThrows('INVALID_AMOUNT');
    });
  });

  describe('when already opened', () => {
    it('refuses a second opening (409)', () => {
      const error = given([opened()]).when(openCommand()).thenThrows('OPPORTUNITY_ALREADY_OPENED');
      expect(error.kind).toBe('conflict');
    });
  });
});

describe('advancing an opportunity', () => {
  describe('when open', () => {
    it('moves forward, naming the stage it left', () => {
      given([opened()])
        .when(advance('contacted'))
        .then([advanced('contacted', 'identified')]);
    });

    it('may skip stages (a walk-in asking for the product is proposed at once)', () => {
      given([opened(), advanced('contacted', 'identified')])
        .when(advance('proposed'))
        .then([advanced('proposed', 'contacted')]);
    });

    it('never moves back nor repeats a stage', () => {
      const history = [opened(), advanced('contacted', 'identified'), advanced('proposed', 'contacted')];
      given(history).when(advance('needs-analysed')).thenThrows('OPPORTUNITY_STAGE_NOT_FORWARD');
      given(history).when(advance('proposed')).thenThrows('OPPORTUNITY_STAGE_NOT_FORWARD');
    });

    it('is not found for another manager or another branch head, and is the admin’s to act on', () => {
      given([opened()]).when(advance('contacted', RM_ZHOU)).thenThrows('OPPORTUNITY_NOT_FOUND');
      given([opened()])
        .when(advance('contacted', HEAD_B1, 'b2'))
        .thenThrows('OPPORTUNITY_NOT_FOUND');
      expect(
        given([opened()])
          .when(advance('contacted', HEAD_B1, 'b1'))
          .events(),
      ).toHaveLength(1);
      expect(given([opened()]).when(advance('contacted', ADMIN)).events()).toHaveLength(1);
    });

    it('refuses a business time before the opening', () => {
      given([opened()])
        .when({ ...advance('contacted'), advancedAt: '2026-02-01T00:00:00Z' })
        .thenThrows('OPPORTUNITY_TIME_BEFORE_OPENING');
    });
  });

  describe('when nothing was opened', () => {
    it('is not found', () => {
      given([]).when(advance('contacted')).thenThrows('OPPORTUNITY_NOT_FOUND');
    });
  });
});

describe('winning an opportunity', () => {
  describe('when open', () => {
    it("records the matched holding's product and principal", () => {
      given([opened(), advanced('contacted', 'identified')])
        .when(win())
        .then([won]);
    });

    it("refuses a holding that is not the customer's (422), or facts of another customer", () => {
      const error = given([opened()])
        .when(win(customer(), 'H-other'))
        .thenThrows('OPPORTUNITY_HOLDING_NOT_CUSTOMERS');
      expect(error.kind).toBe('rule');
      given([opened()])
        .when(win(customer({ customerId: 'cust-2' })))
        .thenThrows('OPPORTUNITY_HOLDING_NOT_CUSTOMERS');
      given([opened()]).when(win(null)).thenThrows('OPPORTUNITY_HOLDING_NOT_CUSTOMERS');
    });

    it('refuses a holding of another product than the one in view, and accepts any when none was', () => {
      const other = customer({ holdings: { 'H-1': { ...holding, productCode: 'TD-12M' } } });
      given([opened()]).when(win(other)).thenThrows('OPPORTUNITY_PRODUCT_MISMATCH');
      const [event] = given([opened({ productCode: undefined })])
        .when(win(other))
        .events();
      expect(event?.data).toMatchObject({ productCode: 'TD-12M', principal: cny(300_000) });
    });

    it('refuses a holding subscribed before the opportunity opened', () => {
      const earlier = customer({ holdings: { 'H-1': { ...holding, openedAt: '2026-01-01T00:00:00.000Z' } } });
      given([opened()]).when(win(earlier)).thenThrows('OPPORTUNITY_HOLDING_BEFORE_OPENING');
    });
  });

  describe('when won or lost', () => {
    it.each([
      ['won', won],
      ['lost', lost],
    ])('refuses every command once %s (terminal, 422)', (_status, closing) => {
      const history = [opened(), closing];
      for (const next of [advance('closing'), win(), lose()]) {
        const error = given(history).when(next).thenThrows('OPPORTUNITY_CLOSED');
        expect(error.kind).toBe('rule');
      }
    });
  });
});

describe('losing an opportunity', () => {
  it('records the reason, from any open stage', () => {
    given([opened(), advanced('contacted', 'identified')])
      .when(lose())
      .then([lost]);
  });

  it('is not found for another manager', () => {
    given([opened()]).when(lose(RM_ZHOU)).thenThrows('OPPORTUNITY_NOT_FOUND');
  });
});
