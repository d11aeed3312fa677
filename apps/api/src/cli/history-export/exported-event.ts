import { canonicalJson, type JsonObject, type RecordedEvent, type StoredMetadata } from '@ledger/event-store';
import { csvRow, parseCsv } from './csv';

export type ExportFormat = 'jsonl' | 'csv';

/** What an export says it holds (the first JSONL line; CSV carries only the events). */
export interface ExportHeader {
  export: 'relationship-ledger-history';
  formatVersion: 1;
  customerId: string;
  stream: string;
  exportedAt: string;
  /** Events whose business time is after it were left out (their revisions show as omitted). */
  asOf: string | null;
  /** Only events recorded by then: the chain as the ledger knew it at that moment. */
  knownAt: string | null;
  events: number;
  /** The stream's last event as of --known-at, kept or not: a cut tail shows against it. */
  headRevision: number;
  headHash: string;
}

/** One event exactly as stored (personal fields sealed), which is what its hash covers. */
export interface ExportedEvent {
  stream: string;
  revision: number;
  position: string;
  eventId: string;
  type: string;
  data: JsonObject;
  metadata: StoredMetadata;
}

export function exportedEvent(event: RecordedEvent): ExportedEvent {
  const { stream, revision, position, eventId, type, data, metadata } = event;
  return { stream, revision: Number(revision), position, eventId, type, data, metadata };
}

export function recordedEvent(event: ExportedEvent): RecordedEvent {
  return { ...event, revision: BigInt(event.revision) };
}

/** Readable columns first; `data` and `metadata` are what verification recomputes the hash from. */
export const CSV_COLUMNS = [
  'stream',
  'revision',
  'position',
  'eventId',
  'type',
  'occurredAt',
  'recordedAt',
  'actor',
  'hashVersion',
  'prevHash',
  'hash',
  'data',
  'metadata',
] as const;

const text = (value: unknown): string =>
  value === undefined || value === null
    ? ''
    : typeof value === 'string'
      ? value
      : canonicalJson(value as JsonObject);

function readableColumns(event: ExportedEvent): string[] {
  const { metadata } = event;
  return [
    event.stream,
    String(event.revision),
    event.position,
    event.eventId,
    event.type,
    text(metadata.occurredAt),
    metadata.recordedAt,
    text(metadata.actor),
    text(metadata.hashVersion),
    metadata.prevHash,
    metadata.hash,
  ];
}

export function formatExport(
  header: ExportHeader,
  events: readonly ExportedEvent[],
  format: ExportFormat,
): string {
  if (format === 'jsonl') return [header, ...events].map((line) => `${JSON.stringify(line)}\n`).join('');
  return [
    csvRow(CSV_COLUMNS),
    ...events.map((event) =>
      csvRow([
        ...readableColumns(event),
        canonicalJson(event.data),
        canonicalJson(event.metadata as unknown as JsonObject),
      ]),
    ),
  ].join('');
}

export interface ParsedExport {
  format: ExportFormat;
  header: ExportHeader | null;
  events: ExportedEvent[];
  /** CSV rows whose readable columns say something other than the event they carry. */
  differing: { revision: number; column: string }[];
}

/** Reads an export back; the format is told by its first character. Throws naming what it cannot read. */
export function parseExport(content: string): ParsedExport {
  const trimmed = content.trimStart();
  if (trimmed.startsWith('{')) return parseJsonl(trimmed);
  return parseCsvExport(content);
}

function parseJsonl(content: string): ParsedExport {
  const lines = content.split('\n').filter((line) => line.trim() !== '');
  const parsed = lines.map((line, index) => {
    try {
      return JSON.parse(line) as ExportHeader | ExportedEvent;
    } catch {
      throw new Error(`line ${index + 1} is not JSON`);
    }
  });
  const [first] = parsed;
  const header = first !== undefined && 'export' in first ? first : null;
  const events = (header === null ? parsed : parsed.slice(1)) as ExportedEvent[];
  events.forEach((event, index) => {
    if (
      typeof event.stream !== 'string' ||
      typeof event.revision !== 'number' ||
      typeof event.metadata !== 'object'
    )
      throw new Error(`line ${index + (header === null ? 1 : 2)} is not an exported event`);
  });
  return { format: 'jsonl', header, events, differing: [] };
}

function parseCsvExport(content: string): ParsedExport {
  const [columns, ...rows] = parseCsv(content);
  if (columns === undefined || columns.join(',') !== CSV_COLUMNS.join(','))
    throw new Error(`not a history export: the CSV header must be ${CSV_COLUMNS.join(',')}`);
  const events: ExportedEvent[] = [];
  const differing: ParsedExport['differing'] = [];
  rows.forEach((row, index) => {
    if (row.length !== CSV_COLUMNS.length)
      throw new Error(`row ${index + 2} has ${row.length} fields, not ${CSV_COLUMNS.length}`);
    const field = (name: (typeof CSV_COLUMNS)[number]) => row[CSV_COLUMNS.indexOf(name)]!;
    const event: ExportedEvent = {
      stream: field('stream'),
      revision: Number(field('revision')),
      position: field('position'),
      eventId: field('eventId'),
      type: field('type'),
      data: JSON.parse(field('data')) as JsonObject,
      metadata: JSON.parse(field('metadata')) as StoredMetadata,
    };
    const readable = readableColumns(event);
    CSV_COLUMNS.slice(0, readable.length).forEach((column, at) => {
      if (row[at] !== readable[at]) differing.push({ revision: event.revision, column });
    });
    events.push(event);
  });
  return { format: 'csv', header: null, events, differing };
}
