import { CUSTOMER_EVENT_TYPES, type DomainPolicies } from '@ledger/domain';
import type { Projection } from '@ledger/projection-runtime';
import { customerIdOfStream } from '../shared/customer-event';
import { CUSTOMERS, type Customer360Document } from './customer-360.document';
import { evolveCustomer360 } from './customer-360.fold';
import { READS_CUSTOMER_PROFILE } from '../shared/sealed-fields';

/**
 * Customer 360 (DESIGN §3): one document per customer in `customers`. Every customer event moves
 * its revision, so the document says exactly which point of the stream it reflects. Its filter
 * keys are computed under `policies`, so a query must use the same set.
 */
export const customer360Projection = (policies: DomainPolicies): Projection<Customer360Document> => ({
  name: 'customer-360',
  // 3: flag windows (ADR 0023); 4: a corporate's related parties in the folded state (ADR 0027);
  // 5: nextContactDue counts active holdings in CNY, and the search keys (ADR 0034).
  // 6: no flag windows without profiling consent (ADR 0026).
  // 7: recent contacts, profile fields, win-back and branch-decile keys (ADR 0028).
  // 8: the customer state carries its dealing mandate (ADR 0029).
  version: 8,
  collections: [CUSTOMERS],
  // Every document follows one customer's stream.
  rebuildByStream: true,
  sealedFields: READS_CUSTOMER_PROFILE,
  filter: { streamPrefixes: ['customer-'], eventTypes: CUSTOMER_EVENT_TYPES },
  documentIds(event) {
    const customerId = customerIdOfStream(event.stream);
    return customerId === null ? [] : [{ collection: CUSTOMERS, id: customerId }];
  },
  evolve: (document, event, _collection, id) => evolveCustomer360(document, event, id, policies),
  policyVersion: policies.version,
  // Every field a list query filters on: the embedded store keeps them in memory (its keys) and
  // an equality index on each leading field, so list queries never read whole documents to filter.
  indexes: {
    [CUSTOMERS]: [
      { keys: { relationshipManagerId: 1, tier: 1 } },
      { keys: { tier: 1, segment: 1 } },
      { keys: { status: 1, nextContactDue: 1 } },
      { keys: { status: 1, lastActivityAt: 1 } },
      { keys: { maturityDates: 1 } },
      { keys: { growingFrom: 1 } },
      { keys: { matureFrom: 1 } },
      { keys: { seniorAfter: 1 } },
      { keys: { flagNames: 1 } },
      { keys: { winBackFrom: 1 } },
      { keys: { branchId: 1, contributionMinor: 1 } },
    ],
  },
});
