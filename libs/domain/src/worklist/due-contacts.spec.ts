import {
  cny,
  CUSTOMER_ID,
  HOLDING_ID,
  offboarded,
  onboarded,
  revalued,
  RM,
  subscribed,
  consentWithdrawn,
} from '../../test/fixtures';
import type { CustomerEvent } from '../events';
import { evolveAll } from '../state/evolve';
import { dueContacts } from './due-contacts';

const contact = (
  occurredAt: string,
  about: { purpose?: string; holdingId?: string } = {},
): CustomerEvent => ({
  type: 'ContactLogged',
  schemaVersion: 1,
  data: {
    customerId: CUSTOMER_ID,
    contactId: occurredAt,
    channel: 'phone',
    purpose: about.purpose ?? 'p',
    ...(about.holdingId !== undefined && { holdingId: about.holdingId }),
    priority: 3,
    outcome: 'o',
    relationshipManagerId: RM.id,
    occurredAt,
  },
});

const largeMovement = (
  yuan: number,
  previous: number,
  asOf: string,
  escalateToBranchHead: boolean,
): CustomerEvent => {
  const event = revalued(yuan, previous, asOf);
  return {
    ...event,
    data: { ...event.data, largeMovement: { escalateToBranchHead, policyVersion: 'large-movement/v1' } },
  };
};

const base = { customerId: CUSTOMER_ID, relationshipManagerId: RM.id, escalateToBranchHead: false };

describe('due contacts', () => {
  describe('when onboarded with a maturing holding', () => {
    // Below every cadence band, so only the maturity call is due.
    const history = [
      onboarded({ birthDate: undefined }),
      subscribed({ maturityDate: '2026-12-01', principal: cny(10_000) }),
    ];

    it('is due the day before maturity and on the day itself, at priority 1', () => {
      expect(dueContacts(evolveAll(history), '2026-11-29')).toEqual([]);
      const item = { ...base, priority: 1, reason: 'maturity', dueDate: '2026-11-30', holdingId: HOLDING_ID };
      expect(dueContacts(evolveAll(history), '2026-11-30')).toEqual([item]);
      expect(dueContacts(evolveAll(history), '2026-12-01')).toEqual([item]);
      expect(dueContacts(evolveAll(history), '2026-12-02')).toEqual([]);
    });

    it('is cleared by a contact on or after the due day that names the holding or is about maturities', () => {
      const dueAfter = (...later: CustomerEvent[]) =>
        dueContacts(evolveAll([...history, ...later]), '2026-12-01');
      expect(dueAfter(contact('2026-11-30T08:00:00.000Z', { holdingId: HOLDING_ID }))).toEqual([]);
      expect(dueAfter(contact('2026-11-30T08:00:00.000Z', { purpose: 'maturity' }))).toEqual([]);
      expect(dueAfter(contact('2026-11-29T08:00:00.000Z', { holdingId: HOLDING_ID }))).toHaveLength(1);
      expect(dueAfter(contact('2026-11-30T08:00:00.000Z', { purpose: 'birthday' }))).toHaveLength(1);
    });
  });

  describe('when a large movement was recorded', () => {
    const history = [
      onboarded({ birthDate: undefined }),
      largeMovement(800_000, 300_000, '2026-11-20T10:00:00.000Z', true),
    ];

    it('is due the same day at priority 1 with the escalation, and stays until a contact', () => {
      const item = {
        ...base,
        priority: 1,
        reason: 'large-movement',
        dueDate: '2026-11-20',
        escalateToBranchHead: true,
      };
      expect(dueContacts(evolveAll(history), '2026-11-20')).toContainEqual(item);
      expect(dueContacts(evolveAll(history), '2026-11-24')).toContainEqual(item);
      const contacted = [...history, contact('2026-11-21T09:00:00.000Z')];
      expect(dueContacts(evolveAll(contacted), '2026-11-24').map((i) => i.reason)).not.toContain(
        'large-movement',
      );
    });

    it('is answered only by a contact after the instant it was valued, not one that morning', () => {
      const reasons = (...later: CustomerEvent[]) =>
        dueContacts(evolveAll([...history, ...later]), '2026-11-20').map((i) => i.reason);
      expect(reasons(contact('2026-11-20T08:00:00.000Z'))).toContain('large-movement');
      expect(reasons(contact('2026-11-20T10:00:00.000Z'))).toContain('large-movement');
      expect(reasons(contact('2026-11-20T10:00:00.001Z'))).not.toContain('large-movement');
    });
  });

  describe('when holding products before any valuation (issue 22)', () => {
    it('owes the cadence of its holdings in CNY: 250,000 is every 30 days from onboarding', () => {
      const state = evolveAll([onboarded({ birthDate: undefined }), subscribed({ maturityDate: undefined })]);
      expect(state).toMatchObject({ totalFinancialAssets: { amountMinor: 0 } });
      expect(dueContacts(state, '2026-02-03')).toEqual([]);
      expect(dueContacts(state, '2026-02-04')).toEqual([
        { ...base, priority: 3, reason: 'cadence', dueDate: '2026-02-04' },
      ]);
    });
  });

  describe('when the birthday is near', () => {
    it('is due the day before (seed 001: 前一天) at priority 2', () => {
      const state = evolveAll([onboarded({ birthDate: '1990-11-25' })]);
      expect(dueContacts(state, '2026-11-23')).toEqual([]);
      expect(dueContacts(state, '2026-11-24')).toEqual([
        { ...base, priority: 2, reason: 'birthday', dueDate: '2026-11-24' },
      ]);
    });

    it('is not due once marketing consent is withdrawn, while a maturity call still is (ADR 0024)', () => {
      const state = evolveAll([
        onboarded({ birthDate: '1990-11-25' }),
        subscribed({
          openedAt: '2026-11-02T00:00:00.000Z',
          maturityDate: '2026-11-25',
          principal: cny(10_000),
        }),
        consentWithdrawn(),
      ]);
      expect(dueContacts(state, '2026-11-24')).toEqual([
        { ...base, priority: 1, reason: 'maturity', dueDate: '2026-11-24', holdingId: HOLDING_ID },
      ]);
    });
  });

  describe('when the routine cadence is due', () => {
    it('is due the interval after the last contact at priority 3, behind priority items', () => {
      const state = evolveAll([
        onboarded({ birthDate: undefined }),
        revalued(600_000, 0, '2026-01-06T00:00:00.000Z'),
        contact('2026-11-01T09:00:00.000Z'),
        subscribed({ openedAt: '2026-11-02T00:00:00.000Z', maturityDate: '2026-11-16' }),
      ]);
      expect(dueContacts(state, '2026-11-14')).toEqual([]);
      expect(dueContacts(state, '2026-11-15')).toEqual([
        { ...base, priority: 1, reason: 'maturity', dueDate: '2026-11-15', holdingId: HOLDING_ID },
        { ...base, priority: 3, reason: 'cadence', dueDate: '2026-11-15' },
      ]);
    });

    it('has no cadence below 50,000', () => {
      expect(
        dueContacts(evolveAll([onboarded({ birthDate: undefined }), revalued(49_999, 0)]), '2027-01-01'),
      ).toEqual([]);
    });
  });

  describe('when offboarded', () => {
    it('owes no contact', () => {
      const state = evolveAll([onboarded(), revalued(3_000_000, 0), subscribed(), offboarded()]);
      expect(dueContacts(state, '2027-01-31')).toEqual([]);
    });
  });

  it('accepts an ISO time as the worklist day', () => {
    const state = evolveAll([
      onboarded({ birthDate: undefined }),
      revalued(3_000_000, 0, '2026-01-05T09:00:00.000Z'),
    ]);
    expect(dueContacts(state, '2026-01-12T23:00:00.000Z')).toEqual([
      { ...base, priority: 3, reason: 'cadence', dueDate: '2026-01-12' },
    ]);
  });
});
