import type { RecordedEvent } from '@ledger/event-store';
import { type InstructionEvent, instructionEventOf } from '@ledger/domain';
import { instructionEvents } from '../../libs/domain/test/instruction-journey';
import type { InstructionDocument } from './instructions.documents';
import { instructionsProjection } from './instructions.projection';
import { instructionKpis, median } from './instruction-kpis';
import { instructionView } from './instruction-views';

const OFFICER = { id: 'co-qian', role: 'credit-officer' };
const SPECIALIST = { id: 'ws-wu', role: 'wealth-specialist' };

/** The journey's events as recorded, the approvals by the officer, the rest by the specialist. */
function recorded(events: InstructionEvent[]): RecordedEvent[] {
  return events.map((event, index) => ({
    eventId: `e-${index}`,
    stream: `instruction-${event.data.instructionId}`,
    type: event.type,
    revision: BigInt(index),
    position: String(index) as never,
    data: event.data as never,
    metadata: {
      schemaVersion: 1,
      actor: event.type.startsWith('CreditApproval') ? OFFICER : SPECIALIST,
      recordedAt: '2026-12-07T09:00:00.000Z',
      prevHash: '',
      hash: '',
    },
  }));
}

function fold(events: RecordedEvent[]): Map<string, InstructionDocument> {
  const documents = new Map<string, InstructionDocument>();
  for (const event of events)
    for (const { id } of instructionsProjection.documentIds(event)) {
      const next = instructionsProjection.evolve(documents.get(id) ?? null, event, 'instructions', id);
      if (next !== null) documents.set(id, next as InstructionDocument);
    }
  return documents;
}

describe('the instructions read model', () => {
  const events = recorded(instructionEvents());
  const documents = fold(events);

  it('keeps one document per instruction with every check, who and when', () => {
    const confirmed = documents.get('ins-1');
    expect(confirmed).toMatchObject({
      status: 'confirmed',
      expectedStep: null,
      confirmationNo: 'TC-2026-0001',
    });
    expect(confirmed?.checks.map((check) => [check.step, check.passed, check.by])).toEqual([
      ['seal-verification', true, 'ws-wu'],
      ['quote', null, 'ws-wu'],
      ['quote-acceptance', true, 'ws-wu'],
      ['credit-check', false, 'ws-wu'],
      ['credit-approval', true, 'co-qian'],
      ['funds-check', true, 'ws-wu'],
      ['confirmation', true, 'ws-wu'],
    ]);
    expect(documents.get('ins-2')).toMatchObject({
      status: 'aborted',
      abortedAtStep: 'seal-verification',
      abortReason: 'seal-mismatch',
    });
    expect(documents.get('ins-3')).toMatchObject({ status: 'open', expectedStep: 'quote' });
  });

  it('never copies a caller’s name: it is personal and sealed in the stream only', () => {
    const phone = [...documents.values()].flatMap((document) => document.checks);
    expect(JSON.stringify(phone)).not.toContain('Zhang Wei');
    expect(JSON.stringify(phone)).not.toContain('Wang Qiang');
    expect(phone.some((check) => check.event === 'PhoneAuthorisationVerified')).toBe(true);
  });

  it('answers money on the wire, inside the checks too', () => {
    const view = instructionView(documents.get('ins-1') as InstructionDocument);
    expect(view.amount).toEqual({ amount: '500000.00', currency: 'CNY' });
    expect(view.checks[3]?.details['limit']).toEqual({ amount: '0.00', currency: 'CNY' });
  });

  it('replays everything twice into the same documents', () => {
    const twice = fold(events);
    expect([...twice.entries()]).toEqual([...documents.entries()]);
    expect(events.every((event) => instructionEventOf(event) !== null)).toBe(true);
  });

  it('adds up the KPIs: open by step, aborted by reason, approvals by officer, the SLA', () => {
    const kpis = instructionKpis([...documents.values()]);
    expect(kpis).toMatchObject({ received: 7, open: 1, confirmed: 1, aborted: 5 });
    expect(kpis.openByStep.quote).toBe(1);
    expect(kpis.abortedByReason).toMatchObject({
      'seal-mismatch': 1,
      'phone-authorisation-missing': 1,
      'quote-declined': 1,
      'credit-approval-refused': 1,
      withdrawn: 1,
      'timed-out': 0,
    });
    expect(kpis.creditApprovalsByOfficer).toEqual({ 'co-qian': { granted: 1, refused: 1 } });
    expect(kpis.sla).toEqual({ confirmedInTime: 1, timedOut: 0, compliance: 1 });
    expect(kpis.medianHoursToConfirmation).toBe(0);
  });

  it('takes the median of an even count as the mean of the middle two', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([3, 1, 2])).toBe(2);
    expect(median([])).toBeNull();
  });
});
