import { consentWithdrawn, CUSTOMER_ID, onboarded, RM } from '../../test/fixtures';
import type { CustomerEvent } from '../events';
import { DEFAULT_POLICIES } from '../policies/domain-policies';
import type { Customer } from '../state/customer-state';
import { evolveAll } from '../state/evolve';
import { parseTargetRule } from '../targeting/parse-target-rule';
import { contactAt } from './care-calendar.fixtures';
import { type InvitingVipEvent, vipInvitations } from './vip-invitations';

const concert: InvitingVipEvent = {
  vipEventId: 've-1',
  date: '2026-12-20',
  inviteeRule: parseTargetRule({ all: [{ field: 'tier', in: ['PRIVATE'] }] }),
  guests: [],
};
const customer = (tier: 'PRIVATE' | 'MASS', ...events: CustomerEvent[]) =>
  evolveAll([onboarded({ tier }), ...events]) as Customer;
const invitation = (dueDate: string, vipEventId = 've-1') => ({
  customerId: CUSTOMER_ID,
  relationshipManagerId: RM.id,
  priority: 2,
  reason: 'invitation',
  dueDate,
  escalateToBranchHead: false,
  vipEventId,
});
const on = (today: string, who: Customer, events = [concert]) =>
  vipInvitations(who, events, today, DEFAULT_POLICIES);

describe('VIP event invitations (seed 001 P2: 活动前一周; ADR 0026)', () => {
  it('given a customer the rule matches, the invitation is due a week before, not eight days, until the eve', () => {
    expect(on('2026-12-12', customer('PRIVATE'))).toEqual([]);
    expect(on('2026-12-13', customer('PRIVATE'))).toEqual([invitation('2026-12-13')]);
    expect(on('2026-12-19', customer('PRIVATE'))).toEqual([invitation('2026-12-13')]);
    expect(on('2026-12-20', customer('PRIVATE'))).toEqual([]);
  });

  it('a customer the rule does not match is invited only by name', () => {
    expect(on('2026-12-13', customer('MASS'))).toEqual([]);
    expect(on('2026-12-13', customer('MASS'), [{ ...concert, guests: [CUSTOMER_ID] }])).toEqual([
      invitation('2026-12-13'),
    ]);
  });

  it('a contact on or after the due day answers it; one the day before does not', () => {
    expect(on('2026-12-14', customer('PRIVATE', contactAt('2026-12-13T10:00:00.000Z')))).toEqual([]);
    expect(on('2026-12-14', customer('PRIVATE', contactAt('2026-12-12T10:00:00.000Z')))).toEqual([
      invitation('2026-12-13'),
    ]);
  });

  it('none without marketing consent, even for a guest invited by name', () => {
    const withdrawn = customer('PRIVATE', consentWithdrawn('marketing'));
    expect(on('2026-12-13', withdrawn, [{ ...concert, guests: [CUSTOMER_ID] }])).toEqual([]);
  });

  it('the lead time is the policy’s', () => {
    const policies = { ...DEFAULT_POLICIES, vipEvent: { policyVersion: 'v/x', inviteDaysBefore: 3 } };
    expect(vipInvitations(customer('PRIVATE'), [concert], '2026-12-16', policies)).toEqual([]);
    expect(vipInvitations(customer('PRIVATE'), [concert], '2026-12-17', policies)).toEqual([
      invitation('2026-12-17'),
    ]);
  });

  it('one invitation per event inviting now', () => {
    const gala = { ...concert, vipEventId: 've-2', date: '2026-12-18' };
    expect(on('2026-12-13', customer('PRIVATE'), [concert, gala])).toEqual([
      invitation('2026-12-13'),
      invitation('2026-12-11', 've-2'),
    ]);
  });
});
