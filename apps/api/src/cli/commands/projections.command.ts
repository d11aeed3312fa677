import type { ProjectionStatus } from '@ledger/projection-runtime';

/** One line per projection: state, how far behind, what is parked, whether its policies are current. */
export function projectionsTable(statuses: readonly ProjectionStatus[]): string {
  const rows = statuses.map((status) => [
    status.name,
    status.state,
    `${status.position ?? '-'} / ${status.head ?? '-'}`,
    `${status.lagEvents}${status.lagEventsExact ? '' : '+'} events, ${Math.round(status.lagSeconds)} s`,
    String(status.parked.length),
    status.policyVersion === null ? '-' : status.policiesCurrent ? 'current' : 'stale: rebuild',
    status.error ?? '',
  ]);
  const header = ['projection', 'state', 'position / head', 'lag', 'parked', 'policies', 'error'];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]!.length)),
  );
  return [header, ...rows]
    .map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths[column]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
