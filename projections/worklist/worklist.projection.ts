import { type DomainPolicies, evolve, initialState, isOnboarded } from '@ledger/domain';
import type { RecordedEvent } from '@ledger/event-store';
import type { Projection } from '@ledger/projection-runtime';
import { customerEventOf, customerIdOfStream } from '../shared/customer-event';
import { WORKLIST_CUSTOMERS, type WorklistCustomer } from './worklist.documents';
import { worklistFacts } from './worklist-facts';
import { worklistKeysAfter } from './worklist-keys';
import { READS_CUSTOMER_IDENTITY } from '../shared/sealed-fields';

/** The events that change what is due; widen it when dueContacts reads more of the state. */
const WORKLIST_EVENT_TYPES = [
  'CustomerOnboarded',
  'RelationshipManagerAssigned',
  'ProductSubscribed',
  'ProductMatured',
  'AssetsRevalued',
  'ContactLogged',
  'CustomerOffboarded',
  // Launch calls go to suitable customers only (ADR 0016).
  'RiskProfileAssessed',
  // Without marketing consent no P2 greeting and no launch call is due (ADR 0024).
  'ConsentGiven',
  'ConsentWithdrawn',
  // Repayment reminders (P1) and weekly VIP gifts, which go by tier (ADR 0026).
  'RepaymentDueScheduled',
  'TierReassessed',
] as const;

export function evolveWorklistCustomer(
  document: WorklistCustomer | null,
  recorded: RecordedEvent,
  id: string,
  policies: DomainPolicies,
): WorklistCustomer | null {
  const event = customerEventOf(recorded);
  if (event === null) return document;
  const state = evolve(document?.customer ?? initialState(), event);
  // Nothing is owed before onboarding, and an offboarded customer drops out of every worklist.
  if (!isOnboarded(state) || state.status !== 'active') return null;
  const customer = worklistFacts(state, document?.customer ?? null);
  const keys = worklistKeysAfter(customer, document, policies);
  // Every key spelled out: a spread after other fields copies through V8's slow generic path.
  return {
    _id: id,
    customer,
    relationshipManagerId: keys.relationshipManagerId,
    cadenceDue: keys.cadenceDue,
    largeMovementDue: keys.largeMovementDue,
    maturityWindows: keys.maturityWindows,
    birthdayMonthDay: keys.birthdayMonthDay,
    repaymentWindows: keys.repaymentWindows,
    vipGiftTier: keys.vipGiftTier,
  };
}

/**
 * Worklist (DESIGN §3): per customer, the facts the domain's dueContacts needs and the dates its
 * calls fall due; getWorklist turns them into a relationship manager's list for a given day.
 * Its due dates are computed under `policies`, so a query must use the same set.
 */
export const worklistProjection = (policies: DomainPolicies): Projection<WorklistCustomer> => ({
  name: 'worklist',
  // 2: documents keep the risk assessment, for launch calls. 3: the cadence counts active holdings in CNY (ADR 0034).
  // 4: repayment windows, the gift tier and the last gift delivered (ADR 0026).
  // 5: the seed-001 profile fields, blanked (issue 17).
  // 6: the customer facts carry an (always empty) dealing mandate (ADR 0029).
  version: 6,
  collections: [WORKLIST_CUSTOMERS],
  // Every document follows one customer's stream.
  rebuildByStream: true,
  sealedFields: READS_CUSTOMER_IDENTITY,
  filter: { streamPrefixes: ['customer-'], eventTypes: WORKLIST_EVENT_TYPES },
  documentIds(event) {
    const customerId = customerIdOfStream(event.stream);
    return customerId === null ? [] : [{ collection: WORKLIST_CUSTOMERS, id: customerId }];
  },
  evolve: (document, event, _collection, id) => evolveWorklistCustomer(document, event, id, policies),
  policyVersion: policies.version,
  indexes: {
    [WORKLIST_CUSTOMERS]: [
      { keys: { relationshipManagerId: 1, cadenceDue: 1 } },
      { keys: { relationshipManagerId: 1, largeMovementDue: 1 } },
      { keys: { relationshipManagerId: 1, 'maturityWindows.from': 1 } },
      { keys: { relationshipManagerId: 1, birthdayMonthDay: 1 } },
      { keys: { relationshipManagerId: 1, 'repaymentWindows.from': 1 } },
      { keys: { relationshipManagerId: 1, vipGiftTier: 1 } },
    ],
  },
});
