import { randomUUID } from 'node:crypto';
import { SqliteEventStore } from '@ledger/event-store';
import { parseCsv, csvRow } from './csv';
import { type ExportHeader, exportedEvent, formatExport, parseExport } from './exported-event';
import { verifyExport } from './verify-export';

const STREAM = 'customer-c1';

async function recordedStream(count: number) {
  const store = new SqliteEventStore(':memory:');
  for (let i = 0; i < count; i++)
    await store.append(
      STREAM,
      [
        {
          eventId: randomUUID(),
          type: 'ContactLogged',
          data: {
            note: `call "${i}", with a comma\nand a line`,
            amount: { amount: '10.00', currency: 'CNY' },
          },
          metadata: {
            occurredAt: `2026-0${1 + i}-01T00:00:00.000Z`,
            actor: { id: 'rm-li', role: 'relationship-manager' },
          },
        },
      ],
      { streamState: 'any' },
    );
  const events = (await store.readStream(STREAM)).map(exportedEvent);
  await store.close();
  return events;
}

const headerOf = (events: ReturnType<typeof exportedEvent>[], asOf: string | null = null): ExportHeader => ({
  export: 'relationship-ledger-history',
  formatVersion: 1,
  customerId: 'c1',
  stream: STREAM,
  exportedAt: '2026-12-07T00:00:00.000Z',
  asOf,
  knownAt: null,
  events: events.length,
  headRevision: events.at(-1)!.revision,
  headHash: events.at(-1)!.metadata.hash,
});

describe('a history export, checked with nothing but the file', () => {
  it('verifies as exported, in JSONL and in CSV', async () => {
    const events = await recordedStream(4);
    for (const format of ['jsonl', 'csv'] as const) {
      const result = verifyExport(parseExport(formatExport(headerOf(events), events, format)));
      expect(result).toMatchObject({ valid: true, stream: STREAM, events: 4, problems: [], omitted: [] });
      expect(result.headHash).toBe(events[3]!.metadata.hash);
    }
  });

  it('names the revision whose content was altered', async () => {
    const events = await recordedStream(3);
    const text = formatExport(headerOf(events), events, 'jsonl').replace('call \\"1\\"', 'call \\"one\\"');
    expect(verifyExport(parseExport(text)).problems).toEqual([{ revision: 1, fault: 'hash-mismatch' }]);
  });

  it('finds a removed event and a cut tail against the header', async () => {
    const events = await recordedStream(4);
    const withoutOne = [events[0]!, events[2]!, events[3]!];
    const removed = verifyExport(parseExport(formatExport(headerOf(events), withoutOne, 'jsonl')));
    expect(removed.valid).toBe(false);
    expect(removed.problems.map(({ revision, fault }) => [revision, fault])).toEqual([
      [1, 'missing'],
      [3, 'header-differs'],
    ]);
    const cut = verifyExport(
      parseExport(formatExport({ ...headerOf(events), events: 3 }, events.slice(0, 3), 'jsonl')),
    );
    expect(cut.problems).toEqual([{ revision: 3, fault: 'missing' }]);
  });

  it('lists what an --as-of export says it leaves out, and still checks what it kept', async () => {
    const events = await recordedStream(4);
    const kept = events.slice(0, 2);
    const result = verifyExport(
      parseExport(
        formatExport({ ...headerOf(events, '2026-02-15T00:00:00.000Z'), events: 2 }, kept, 'jsonl'),
      ),
    );
    expect(result).toMatchObject({ valid: true, omitted: [{ from: 2, to: 3 }] });
  });

  it('in CSV, catches a readable column that says other than the event it carries', async () => {
    const events = await recordedStream(2);
    const rows = parseCsv(formatExport(headerOf(events), events, 'csv'));
    rows[2]![7] = '{"id":"rm-wang","role":"relationship-manager"}';
    const result = verifyExport(parseExport(rows.map((row) => csvRow(row)).join('')));
    expect(result.problems).toEqual([{ revision: 1, fault: 'column-differs', detail: 'actor' }]);
  });

  it('CSV fields with quotes, commas and line breaks read back as written', () => {
    const fields = ['plain', 'a,b', 'say "hi"', 'two\r\nlines', ''];
    expect(parseCsv(csvRow(fields) + csvRow(['x']))).toEqual([fields, ['x']]);
    expect(() => parseCsv('"open')).toThrow('unclosed quote');
  });
});
