import fc from 'fast-check';
import { historyArbitrary, runHistory } from '../../test/customer-scenarios';
import {
  ADMIN,
  cny,
  contributed,
  CUSTOMER_ID,
  HOLDING_ID,
  offboarded,
  onboarded,
  ONBOARDED_AT,
  revalued,
  reviewOpened,
  REVIEW_ID,
  subscribed,
} from '../../test/fixtures';
import type { CustomerEvent } from '../events';
import { retailTier } from '../policies/retail-tier.policy';
import { ERASED_MARKER } from './customer-lifecycle';
import { type Customer, initialState, latestContribution } from './customer-state';
import { evolve, evolveAll } from './evolve';

const fold = (events: CustomerEvent[]) => evolveAll(events) as Customer;

const contactAt = (contactId: string, occurredAt: string): CustomerEvent => ({
  type: 'ContactLogged',
  schemaVersion: 1,
  data: {
    customerId: CUSTOMER_ID,
    contactId,
    channel: 'sms',
    purpose: 'p',
    priority: 3,
    outcome: 'o',
    relationshipManagerId: 'rm',
    occurredAt,
  },
});

describe('evolve', () => {
  describe('when not onboarded', () => {
    it('starts empty', () => {
      expect(initialState()).toEqual({ status: 'not-onboarded' });
    });

    it('ignores anything but onboarding', () => {
      expect(evolve(initialState(), subscribed())).toEqual(initialState());
    });
  });

  describe('when onboarded', () => {
    it('holds the profile, the lowest tier since onboarding and no assets', () => {
      expect(fold([onboarded()])).toMatchObject({
        status: 'active',
        customerId: CUSTOMER_ID,
        tier: 'MASS',
        tierSince: ONBOARDED_AT,
        totalFinancialAssets: cny(0),
        birthDate: '1990-03-07',
        email: null,
      });
    });

    it('tracks holdings through maturity', () => {
      const customer = fold([
        onboarded(),
        subscribed(),
        {
          type: 'ProductMatured',
          schemaVersion: 1,
          data: {
            customerId: CUSTOMER_ID,
            holdingId: HOLDING_ID,
            maturedAt: '2027-02-01T09:00:00.000Z',
            proceeds: cny(1),
          },
        },
      ]);
      expect(customer.holdings[HOLDING_ID]).toMatchObject({
        status: 'matured',
        proceeds: cny(1),
        rolledOverInto: null,
        instructionId: null,
      });
    });

    it('keeps the latest contact time even when contacts arrive out of order', () => {
      const customer = fold([
        onboarded(),
        contactAt('a', '2026-05-02T00:00:00.000Z'),
        contactAt('b', '2026-05-01T00:00:00.000Z'),
      ]);
      expect(customer.lastContactAt).toBe('2026-05-02T00:00:00.000Z');
      expect(Object.keys(customer.contacts)).toEqual(['a', 'b']);
    });

    it('keeps one contribution per year and finds the latest', () => {
      const customer = fold([
        onboarded({ segment: 'corporate' }),
        contributed({ year: 2025, contribution: cny(1) }),
        contributed({ year: 2024 }),
        contributed({ year: 2025, contribution: cny(2) }),
      ]);
      expect(latestContribution(customer)).toMatchObject({ year: 2025, contribution: cny(2) });
    });

    it('records a large movement for the worklist', () => {
      const movement = {
        ...revalued(600_000, 0),
        data: {
          ...revalued(600_000, 0).data,
          largeMovement: { escalateToBranchHead: true, policyVersion: 'v' },
        },
      };
      expect(fold([onboarded(), movement]).lastLargeMovement).toEqual({
        asOf: '2026-03-01T00:00:00.000Z',
        deltaMinor: cny(600_000).amountMinor,
        escalateToBranchHead: true,
      });
    });

    it('approves the review and moves the tier on TierReassessed', () => {
      const customer = fold([
        onboarded(),
        reviewOpened(),
        {
          type: 'TierReassessed',
          schemaVersion: 1,
          data: {
            ...{
              customerId: CUSTOMER_ID,
              reviewId: REVIEW_ID,
              scheme: 'retail',
              fromTier: 'MASS',
              toTier: 'WEALTH',
              computedTier: 'MASS',
            },
            ...{
              override: true,
              overrideReason: 'r',
              reason: 'r',
              criteria: { scheme: 'retail', totalFinancialAssets: cny(0) },
            },
            ...{
              committee: ['a', 'b'],
              requestedBy: 'rm-li',
              decidedBy: 'a',
              effectiveAt: '2026-11-24T00:00:00.000Z',
              policyVersion: 'v',
            },
          },
        },
      ]);
      expect(customer).toMatchObject({ tier: 'WEALTH', tierSince: '2026-11-24T00:00:00.000Z' });
      expect(customer.tierReviews[REVIEW_ID]).toMatchObject({ status: 'approved', decidedBy: 'a' });
    });
  });

  describe('when offboarded and erased', () => {
    it('walks active → offboarded → restricted → erased and forgets the personal fields', () => {
      const requested: CustomerEvent = {
        type: 'PersonalDataErasureRequested',
        schemaVersion: 1,
        data: {
          ...{
            customerId: CUSTOMER_ID,
            reason: 'r',
            requestedBy: ADMIN.id,
            requestedAt: '2026-11-24T00:00:00.000Z',
          },
          ...{
            offboardedAt: '2026-06-30T16:00:00.000Z',
            executeAfter: '2031-06-30T16:00:00.000Z',
            retentionYears: 5,
            policyVersion: 'v',
          },
        },
      };
      const erased: CustomerEvent = {
        type: 'PersonalDataErased',
        schemaVersion: 1,
        data: {
          customerId: CUSTOMER_ID,
          at: '2031-07-01T00:00:00.000Z',
          requestedBy: ADMIN.id,
          requestEventId: 'e',
        },
      };
      expect(fold([onboarded(), offboarded()]).status).toBe('offboarded');
      expect(fold([onboarded(), offboarded(), requested]).status).toBe('restricted');
      expect(fold([onboarded(), offboarded(), requested, erased])).toMatchObject({
        status: 'erased',
        name: ERASED_MARKER,
        idNumber: ERASED_MARKER,
        phone: ERASED_MARKER,
        birthDate: null,
        erasure: { executeAfter: '2031-06-30T16:00:00.000Z', erasedAt: '2031-07-01T00:00:00.000Z' },
      });
    });
  });

  describe('replay (property)', () => {
    it('replaying the same events, as stored JSON, always gives the same state', () => {
      fc.assert(
        fc.property(historyArbitrary, (history) => {
          const { events, state } = runHistory(history);
          const stored = JSON.parse(JSON.stringify(events)) as CustomerEvent[];
          expect(evolveAll(stored)).toEqual(state);
          expect(evolveAll(stored)).toEqual(evolveAll(events));
        }),
        { numRuns: 200 },
      );
    });

    it('replaying in two parts gives the same state as replaying at once (snapshots are safe)', () => {
      fc.assert(
        fc.property(historyArbitrary, fc.nat(), (history, cut) => {
          const { events, state } = runHistory(history);
          const at = events.length === 0 ? 0 : cut % events.length;
          expect(evolveAll(events.slice(at), evolveAll(events.slice(0, at)))).toEqual(state);
        }),
        { numRuns: 100 },
      );
    });

    it('a replay from a snapshot leaves the snapshot as it was (replays extend only maps they copied)', () => {
      fc.assert(
        fc.property(historyArbitrary, fc.nat(), (history, cut) => {
          const { events } = runHistory(history);
          const at = events.length === 0 ? 0 : cut % events.length;
          const snapshot = evolveAll(events.slice(0, at));
          const before = structuredClone(snapshot);
          evolveAll(events.slice(at), snapshot);
          evolveAll(events.slice(at), snapshot);
          expect(snapshot).toEqual(before);
        }),
        { numRuns: 200 },
      );
    });

    it('a contact id "__proto__" is a contact like any other, in a replay too', () => {
      const contact = (contactId: string) => contactAt(contactId, '2026-05-02T00:00:00.000Z');
      const customer = fold([onboarded(), contact('a'), contact('__proto__'), contact('b')]);
      expect(Object.keys(customer.contacts)).toEqual(['a', '__proto__', 'b']);
      expect(Object.getPrototypeOf(customer.contacts)).toBe(Object.prototype);
    });

    it('decide refuses only with domain errors and records JSON-only event data', () => {
      fc.assert(
        fc.property(historyArbitrary, (history) => {
          const { events } = runHistory(history);
          expect(JSON.parse(JSON.stringify(events))).toEqual(events);
        }),
        { numRuns: 200 },
      );
    });

    it('without committee decisions a retail tier always matches the assets', () => {
      const valuations = fc.array(
        fc.oneof(fc.integer({ min: 0, max: 300_000_00 }), fc.integer({ min: 0, max: 10_000_000_00 })),
        { maxLength: 30 },
      );
      fc.assert(
        fc.property(valuations, (amounts) => {
          const { state } = runHistory({
            segment: 'retail',
            steps: amounts.map((amountMinor) => ({ kind: 'revalue', amountMinor })),
          });
          const customer = state as Customer;
          expect(customer.tier).toBe(retailTier(customer.totalFinancialAssets.amountMinor));
        }),
      );
    });
  });
});
