import { given } from '../../test/decider-specification';
import {
  cny,
  command,
  CONTACT_ID,
  HOLDING_ID,
  offboarded,
  onboarded,
  REQUEST_ID,
  REVIEW_ID,
  RM,
  subscribed,
} from '../../test/fixtures';
import { CustomerAlreadyOffboarded, CustomerNotFound } from '../errors';
import type { CustomerCommand } from '../commands/customer-command';
import type { CustomerEvent } from '../events';

/** One valid command of each type but onboarding. */
const commands: CustomerCommand[] = [
  command('UpdateCustomerProfile', { occupation: 'architect' }),
  command('AssignRelationshipManager', { relationshipManagerId: 'rm-zhang', reason: 'merger' }),
  command('SubscribeProduct', {
    holdingId: 'a1b2c3d4-0000-4000-8000-000000000009',
    productCode: 'FUND-A',
    productType: 'fund',
    principal: cny(10_000),
  }),
  command('RecordMaturity', { holdingId: HOLDING_ID, proceeds: cny(250_000) }),
  command('RevalueAssets', { totalFinancialAssets: cny(1_000) }),
  command('RecordContribution', { year: 2025, contribution: cny(1), departmentsEngaged: 1, growthRate: 0 }),
  command('LogContact', {
    contactId: CONTACT_ID,
    channel: 'visit',
    purpose: 'review',
    outcome: 'ok',
    relationshipManagerId: RM.id,
  }),
  command('OpenTierReview', { reviewId: REVIEW_ID, rationale: 'annual review' }),
  command('CastTierReviewVote', { reviewId: REVIEW_ID, vote: 'reject', reason: 'no' }),
  command('OpenServiceRequest', {
    requestId: REQUEST_ID,
    kind: 'inquiry',
    channel: 'app',
    description: 'rates?',
  }),
  command('ResolveServiceRequest', { requestId: REQUEST_ID, resolution: 'answered' }),
  command('OffboardCustomer', { reason: 'closed' }),
];

/** Still decided after offboarding: erasure, and the expiry of a review left open. */
const erasureCommands: CustomerCommand[] = [
  command('ExpireTierReview', { reviewId: REVIEW_ID }),
  command('RequestPersonalDataErasure', { reason: 'request' }),
  command('RecordPersonalDataErased', { requestEventId: 'f0e1d2c3-b4a5-4968-8776-655443322110' }),
];

const label = (c: CustomerCommand) => c.type;

describe('decide', () => {
  describe('when not onboarded', () => {
    it.each([...commands, ...erasureCommands].map((c) => [label(c), c] as const))(
      'refuses %s: nothing happens before onboarding',
      (_, c) => {
        const error = given([]).when(c).thenThrows(CustomerNotFound);
        expect(error.kind).toBe('not-found');
      },
    );
  });

  describe('when offboarded', () => {
    const history: CustomerEvent[] = [onboarded(), subscribed(), offboarded()];

    it.each(commands.map((c) => [label(c), c] as const))(
      'refuses %s: only reads after offboarding',
      (_, c) => {
        const error = given(history).when(c).thenThrows(CustomerAlreadyOffboarded);
        expect(error).toMatchObject({ code: 'CUSTOMER_OFFBOARDED', kind: 'conflict' });
      },
    );
  });
});
