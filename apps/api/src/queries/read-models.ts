import { AccessLogReads } from '../access-log/access-log.reads';
import { Customer360Reads } from '../customer-views/customer-360.reads';
import { CustomerHistoryReads } from '../history/customer-history.reads';
import { KpiReads } from '../kpis/kpi.reads';
import { TierAuditReads } from '../tier-audits/tier-audit.reads';
import { WorklistReads } from '../worklist/worklist.reads';
import { CustomerScopes } from './customer-scope';

/**
 * The read side's providers: one per read model, each calling its projection's query functions
 * directly (ADR 0012). A new read model adds its class here; there is no query bus to register with.
 */
export const READ_MODELS = [
  Customer360Reads,
  TierAuditReads,
  WorklistReads,
  KpiReads,
  CustomerHistoryReads,
  CustomerScopes,
  AccessLogReads,
];
