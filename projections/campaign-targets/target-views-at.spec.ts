import { comparePositions, type RecordedEvent, type StreamChunk } from '@ledger/event-store';
import {
  DEFAULT_POLICIES,
  type Customer,
  isOnboarded,
  matchesTargetRule,
  money,
  parseTargetRule,
  targetsOf,
} from '@ledger/domain';
import { DecidedLedger } from '../shared/test/decided-ledger';
import { present, type Customer360View } from '../customer-360';
import { evolveCustomer360 } from '../customer-360/customer-360.fold';
import { targetViewOf } from './target-view';
import { targetViewsAt } from './target-views-at';

const yuan = (amount: number) => money(amount * 100);
const at = (date: string) => `${date}T09:00:00.000Z`;
const RULE = parseTargetRule({
  all: [
    { field: 'assets', min: yuan(500_000).amountMinor },
    { field: 'holdingTypes', any: ['time-deposit'] },
  ],
});

/** What readByStream({ upTo }) delivers: each stream's events up to the position, stream by stream. */
async function* byStream(events: readonly RecordedEvent[], upTo: string): AsyncIterable<StreamChunk> {
  const streams = new Map<string, RecordedEvent[]>();
  for (const event of events) {
    if (comparePositions(event.position, upTo) > 0) continue;
    streams.set(event.stream, [...(streams.get(event.stream) ?? []), event]);
  }
  for (const [stream, chunk] of streams) yield { stream, start: chunk[0]!.position, events: chunk };
}

function onboard(ledger: DecidedLedger, id: string, occupation?: string) {
  ledger.run('OnboardCustomer', id, at('2026-01-05'), {
    segment: 'retail',
    name: `客户 ${id}`,
    idNumber: '110101199003071234',
    phone: '+8613800138000',
    branchId: 'b1',
    relationshipManagerId: 'rm-li',
    ...(occupation !== undefined && { occupation }),
    consent: { marketing: true, profiling: true },
  });
}

function deposit(ledger: DecidedLedger, id: string, holdingId: string, yuanAmount: number) {
  ledger.run('SubscribeProduct', id, at('2026-02-01'), {
    holdingId,
    productCode: 'TD-12M',
    productType: 'time-deposit',
    principal: yuan(yuanAmount),
    maturityDate: '2027-02-01',
  });
}

describe('target views at a frozen position', () => {
  it('builds the facts a rule reads from the 360 view and the customer state', async () => {
    const ledger = new DecidedLedger();
    onboard(ledger, 'anna', 'teacher');
    deposit(ledger, 'anna', 'TD-1', 100_000);
    ledger.run('RevalueAssets', 'anna', at('2026-02-02'), { totalFinancialAssets: yuan(600_000) });
    const [view] = await targetViewsAt(byStream(ledger.events, '999'), at('2026-12-01'), DEFAULT_POLICIES);
    expect(view).toEqual({
      customerId: 'anna',
      active: true,
      segment: 'retail',
      tier: 'WEALTH',
      assetsMinor: 60_000_000,
      holdingTypes: ['time-deposit'],
      riskLevel: null,
      occupation: 'teacher',
      lifecycle: 'GROWING',
      // 600,000 in time deposits alone (potential); nothing since February (sleeping).
      flags: ['dormant', 'marketing-consent', 'potential', 'sleeping'],
    });
  });

  it('reads the risk level from the view field riskAssessment.level once the view carries it', () => {
    const ledger = new DecidedLedger();
    onboard(ledger, 'anna');
    let document = null;
    for (const event of ledger.events)
      document = evolveCustomer360(document, event, 'anna', DEFAULT_POLICIES);
    if (document === null) throw new Error('no document');
    const view = present(document, at('2026-03-01'), DEFAULT_POLICIES);
    const withRisk = { ...view, riskAssessment: { level: 'C4' } } as unknown as Customer360View;
    const rule = parseTargetRule({ all: [{ field: 'riskLevel', min: 'C3' }] });
    expect(targetViewOf(withRisk, document.customer).riskLevel).toBe('C4');
    expect(matchesTargetRule(rule, targetViewOf(withRisk, document.customer))).toBe(true);
    expect(matchesTargetRule(rule, targetViewOf(view, document.customer))).toBe(false);
    const odd = { ...view, riskAssessment: { level: 'high' } } as unknown as Customer360View;
    expect(targetViewOf(odd, document.customer).riskLevel).toBeNull();
  });

  it('gives the same target list when recomputed after customers changed', async () => {
    const ledger = new DecidedLedger();
    for (const id of ['anna', 'bao', 'cai']) onboard(ledger, id);
    deposit(ledger, 'anna', 'TD-a', 600_000);
    deposit(ledger, 'bao', 'TD-b', 100_000);
    ledger.run('RevalueAssets', 'anna', at('2026-02-02'), { totalFinancialAssets: yuan(600_000) });
    ledger.run('RevalueAssets', 'bao', at('2026-02-02'), { totalFinancialAssets: yuan(100_000) });
    const frozenAt = ledger.events.at(-1)!.position;
    const launchedAt = at('2026-03-01');
    const atLaunch = targetsOf(
      RULE,
      await targetViewsAt(byStream(ledger.events, frozenAt), launchedAt, DEFAULT_POLICIES),
    );
    expect(atLaunch).toEqual(['anna']);

    // Afterwards bao grows into the rule, anna leaves the bank, a new customer would match.
    ledger.run('RevalueAssets', 'bao', at('2026-03-02'), { totalFinancialAssets: yuan(900_000) });
    ledger.run('OffboardCustomer', 'anna', at('2026-03-03'), { reason: 'moved abroad' });
    onboard(ledger, 'dai');
    deposit(ledger, 'dai', 'TD-d', 700_000);
    ledger.run('RevalueAssets', 'dai', at('2026-03-04'), { totalFinancialAssets: yuan(700_000) });
    const now = await targetViewsAt(
      byStream(ledger.events, ledger.events.at(-1)!.position),
      launchedAt,
      DEFAULT_POLICIES,
    );
    expect(targetsOf(RULE, now)).toEqual(['bao', 'dai']);

    const recomputed = await targetViewsAt(byStream(ledger.events, frozenAt), launchedAt, DEFAULT_POLICIES);
    expect(targetsOf(RULE, recomputed)).toEqual(atLaunch);
    const anna = ledger.state('anna');
    expect(isOnboarded(anna) && (anna as Customer).status).toBe('offboarded');
  });
});
