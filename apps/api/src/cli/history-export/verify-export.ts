import { expectedHash } from '@ledger/event-store';
import { type ExportedEvent, type ParsedExport, recordedEvent } from './exported-event';

export type ExportFault =
  | 'hash-mismatch'
  | 'link-broken'
  | 'out-of-order'
  | 'other-stream'
  | 'column-differs'
  /** Revisions absent from an export that does not say it leaves any out. */
  | 'missing'
  /** The events do not end at the head, or do not number what, the header records. */
  | 'header-differs';

export interface ExportVerification {
  valid: boolean;
  stream: string | null;
  events: number;
  /** The hash of the last event: compare it with the ledger's (GET /customers/:id/history/verify). */
  headHash: string | null;
  problems: { revision: number; fault: ExportFault; detail?: string }[];
  /** Revisions an --as-of export says it leaves out (inclusive ranges): not a fault. */
  omitted: { from: number; to: number }[];
}

/**
 * Checks an export with nothing but the file: each event's hash recomputed from its content and the
 * previous hash it names, each link between consecutive revisions, and (CSV) that the readable
 * columns say what the event says. Omitted revisions are listed; what was kept still has to fit.
 */
export function verifyExport(parsed: ParsedExport): ExportVerification {
  const { events } = parsed;
  const problems: ExportVerification['problems'] = parsed.differing.map(({ revision, column }) => ({
    revision,
    fault: 'column-differs' as const,
    detail: column,
  }));
  const omitted: ExportVerification['omitted'] = [];
  const { header } = parsed;
  const mayOmit = header !== null && header.asOf !== null;
  const gap = (from: number, to: number) => {
    if (mayOmit) omitted.push({ from, to });
    else
      problems.push({
        revision: from,
        fault: 'missing',
        detail: from === to ? undefined : `revisions ${from}–${to}`,
      });
  };
  const stream = events[0]?.stream ?? header?.stream ?? null;
  let previous: ExportedEvent | undefined;
  for (const event of events) {
    const { revision, metadata } = event;
    if (event.stream !== stream) problems.push({ revision, fault: 'other-stream', detail: event.stream });
    const expectedFrom = previous === undefined ? 0 : previous.revision + 1;
    if (revision < expectedFrom) problems.push({ revision, fault: 'out-of-order' });
    else if (revision > expectedFrom) gap(expectedFrom, revision - 1);
    const linked =
      revision === 0
        ? metadata.prevHash === ''
        : previous === undefined ||
          previous.revision !== revision - 1 ||
          metadata.prevHash === previous.metadata.hash;
    if (!linked) problems.push({ revision, fault: 'link-broken' });
    const hash = expectedHash(metadata.prevHash, recordedEvent(event), metadata.hashVersion ?? 1);
    if (hash === '' || hash !== metadata.hash) problems.push({ revision, fault: 'hash-mismatch' });
    previous = event;
  }
  if (header !== null) {
    if (header.events !== events.length)
      problems.push({
        revision: previous?.revision ?? 0,
        fault: 'header-differs',
        detail: `${header.events} events in the header`,
      });
    const last = previous?.revision ?? -1;
    if (last < header.headRevision) gap(last + 1, header.headRevision);
    else if (last > header.headRevision || previous?.metadata.hash !== header.headHash)
      problems.push({
        revision: last,
        fault: 'header-differs',
        detail: `head ${header.headRevision} ${header.headHash}`,
      });
  }
  return {
    valid: problems.length === 0,
    stream,
    events: events.length,
    headHash: previous?.metadata.hash ?? null,
    problems: problems.sort((a, b) => a.revision - b.revision),
    omitted,
  };
}
