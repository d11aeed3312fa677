import type { EventStore } from '@ledger/event-store';
import { CLOCK, type Clock, EVENT_STORE } from '../../apps/api/src/infrastructure/tokens';
import { type Ledger, startLedger } from './ledger-harness';
import { onboard } from './onboarding';

/** A command's default business time is the request's arrival by the app's one clock, not the machine's. */
describe('commands take their time from the app clock', () => {
  let ledger: Ledger;
  beforeAll(async () => {
    ledger = await startLedger();
  });
  afterAll(() => ledger.close());

  it('records a command without a business time at the instant the clock gave the request', async () => {
    const pinned = new Date('2026-03-02T08:30:00.000Z');
    const clock = ledger.app.get<symbol, Clock>(CLOCK);
    const now = jest.spyOn(clock, 'now').mockReturnValue(pinned);
    try {
      const { customerId } = await onboard(ledger, await ledger.as('relationship-manager'));
      const [onboarded] = await ledger.app
        .get<symbol, EventStore>(EVENT_STORE)
        .readStream(`customer-${customerId}`);
      expect(onboarded?.metadata.occurredAt).toBe(pinned.toISOString());
      expect(onboarded?.metadata.recordedAt).not.toBe(pinned.toISOString());
    } finally {
      now.mockRestore();
    }
  });
});
