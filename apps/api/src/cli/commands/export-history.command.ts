import { userInfo } from 'node:os';
import type { EventStore } from '@ledger/event-store';
import { customerStream } from '@ledger/domain';
import { recordAccess } from '../../access-log/access-log';
import { CliFailure, EXIT } from '../exit-codes';
import {
  type ExportFormat,
  type ExportHeader,
  exportedEvent,
  formatExport,
} from '../history-export/exported-event';

export interface ExportOptions {
  customerId: string;
  format: ExportFormat;
  asOf?: string;
  knownAt?: string;
  /** Who takes the export, for the access log; the OS user when not given. */
  by?: string;
  now: Date;
}

/**
 * A customer's stream as stored (personal fields stay sealed: the hashes cover the sealed bytes), cut
 * at --known-at by the time each event was recorded and at --as-of by its business time, and recorded
 * in the access log like any read of a customer's history.
 */
export async function exportHistory(
  store: EventStore,
  options: ExportOptions,
): Promise<{ content: string; header: ExportHeader }> {
  const stream = customerStream(options.customerId);
  const events = await store.readStream(stream);
  if (events.length === 0) throw new CliFailure(`customer ${options.customerId} not found`, EXIT.failed);
  if (options.asOf !== undefined && options.format === 'csv')
    throw new CliFailure(
      'an --as-of export leaves revisions out, which only the JSONL header records: use --format jsonl',
      EXIT.usage,
    );
  const knownAt = options.knownAt === undefined ? null : Date.parse(options.knownAt);
  const asOf = options.asOf === undefined ? null : Date.parse(options.asOf);
  // Recorded in order: the chain as known at --known-at is a prefix of the stream.
  const known = events.filter(
    (event) => knownAt === null || Date.parse(event.metadata.recordedAt) <= knownAt,
  );
  const head = known.at(-1);
  if (head === undefined)
    throw new CliFailure(
      `customer ${options.customerId} had no events recorded by ${options.knownAt}`,
      EXIT.failed,
    );
  const kept = known.filter((event) => {
    const business = event.metadata.occurredAt ?? event.metadata.recordedAt;
    return asOf === null || Date.parse(business) <= asOf;
  });
  const exportedAt = options.now.toISOString();
  const header: ExportHeader = {
    export: 'relationship-ledger-history',
    formatVersion: 1,
    customerId: options.customerId,
    stream,
    exportedAt,
    asOf: options.asOf ?? null,
    knownAt: options.knownAt ?? null,
    events: kept.length,
    headRevision: Number(head.revision),
    headHash: head.metadata.hash,
  };
  await recordAccess(
    store,
    { id: options.by ?? userInfo().username, role: 'operator' },
    options.customerId,
    'history-export',
    exportedAt,
    { format: options.format },
  );
  return { content: formatExport(header, kept.map(exportedEvent), options.format), header };
}
