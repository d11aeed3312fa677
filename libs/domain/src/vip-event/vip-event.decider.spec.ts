import { specificationOf } from '../../test/aggregate-specification';
import type { Actor } from '../actor';
import type {
  CancelVipEvent,
  GuestFacts,
  InviteGuest,
  RecordAttendance,
  ScheduleVipEvent,
} from './vip-event.commands';
import type { GuestAttended, GuestInvited, VipEventCancelled, VipEventScheduled } from './vip-event.events';
import { vipEventAggregate } from './vip-event.aggregate';

const MARKETING: Actor = { id: 'cm-gao', role: 'campaign-manager' };
const NOW = '2026-12-07T09:00:00.000Z';
const E = 've-1';
const DATE = '2026-12-20';
const RULE = { all: [{ field: 'tier', in: ['PRIVATE'] }] };
const given = specificationOf(vipEventAggregate);
const by = { vipEventId: E, actor: MARKETING, now: NOW };

const schedule: ScheduleVipEvent = {
  ...by,
  type: 'ScheduleVipEvent',
  name: '新年音乐会',
  date: DATE,
  inviteeRule: RULE,
};
const guest = (customerId: string, facts: Partial<GuestFacts> = {}): GuestFacts => ({
  customerId,
  active: true,
  marketingConsent: true,
  ...facts,
});
const invite = (
  customerId: string,
  facts: GuestFacts | null = guest(customerId),
  invitedAt?: string,
): InviteGuest => ({
  ...by,
  type: 'InviteGuest',
  customerId,
  guest: facts,
  ...(invitedAt !== undefined && { invitedAt }),
});
const attend = (customerId: string, attendedAt: string): RecordAttendance => ({
  ...by,
  type: 'RecordAttendance',
  customerId,
  attendedAt,
});
const cancel = (now = NOW): CancelVipEvent => ({
  ...by,
  now,
  type: 'CancelVipEvent',
  reason: 'venue closed',
});

const scheduled: VipEventScheduled = {
  type: 'VipEventScheduled',
  schemaVersion: 1,
  data: {
    vipEventId: E,
    name: '新年音乐会',
    date: DATE,
    inviteeRule: { all: [{ field: 'tier', in: ['PRIVATE'] }] },
    scheduledAt: NOW,
  },
};
const invited = (customerId: string, invitedAt = NOW): GuestInvited => ({
  type: 'GuestInvited',
  schemaVersion: 1,
  data: { vipEventId: E, customerId, invitedAt },
});
const attended = (customerId: string, attendedAt: string): GuestAttended => ({
  type: 'GuestAttended',
  schemaVersion: 1,
  data: { vipEventId: E, customerId, attendedAt },
});
const cancelled: VipEventCancelled = {
  type: 'VipEventCancelled',
  schemaVersion: 1,
  data: { vipEventId: E, reason: 'venue closed', cancelledAt: NOW },
};

describe('scheduling a VIP event', () => {
  it('records the event with its invitee rule, parsed', () => {
    given([]).when(schedule).then([scheduled]);
  });

  it('takes today as the date, refuses yesterday', () => {
    const [event] = given([])
      .when({ ...schedule, date: '2026-12-07' })
      .events();
    expect(event?.data).toMatchObject({ date: '2026-12-07' });
    const error = given([])
      .when({ ...schedule, date: '2026-12-06' })
      .thenThrows('VIP_EVENT_DATE_PASSED');
    expect(error.details).toEqual({ vipEventId: E, date: '2026-12-06' });
  });

  it('refuses a rule outside the target language, naming the term', () => {
    const error = given([])
      .when({ ...schedule, inviteeRule: { all: [{ field: 'shoeSize', in: [42] }] } })
      .thenThrows('INVALID_TARGET_RULE');
    expect(error.details.field).toContain('all[0]');
  });

  it('refuses to schedule it twice', () => {
    given([scheduled]).when(schedule).thenThrows('VIP_EVENT_ALREADY_SCHEDULED');
  });
});

describe('inviting a guest', () => {
  describe('when scheduled', () => {
    it('puts an active, consenting customer on the guest list', () => {
      given([scheduled])
        .when(invite('c-1'))
        .then([invited('c-1')]);
    });

    it('records nothing when the customer is already invited', () => {
      given([scheduled, invited('c-1')])
        .when(invite('c-1'))
        .then([]);
    });

    it('invites up to the event day itself, not the day after', () => {
      given([scheduled])
        .when(invite('c-1', guest('c-1'), '2026-12-20T18:00:00Z'))
        .then([invited('c-1', '2026-12-20T18:00:00.000Z')]);
      given([scheduled])
        .when(invite('c-1', guest('c-1'), '2026-12-21T00:00:00Z'))
        .thenThrows('VIP_EVENT_DATE_PASSED');
    });

    it('refuses a customer without marketing consent (an invitation is marketing)', () => {
      given([scheduled])
        .when(invite('c-1', guest('c-1', { marketingConsent: false })))
        .thenThrows('NO_MARKETING_CONSENT');
    });

    it('refuses an unknown or offboarded customer', () => {
      const unknown = given([scheduled]).when(invite('c-9', null)).thenThrows('GUEST_NOT_ACTIVE');
      expect(unknown.details).toEqual({ customerId: 'c-9', why: 'unknown' });
      given([scheduled])
        .when(invite('c-1', guest('c-2')))
        .thenThrows('GUEST_NOT_ACTIVE');
      const gone = given([scheduled])
        .when(invite('c-1', guest('c-1', { active: false })))
        .thenThrows('GUEST_NOT_ACTIVE');
      expect(gone.details).toMatchObject({ why: 'offboarded' });
    });
  });

  it('refuses for an event never scheduled (404) or cancelled (409)', () => {
    given([]).when(invite('c-1')).thenThrows('VIP_EVENT_NOT_FOUND');
    given([scheduled, cancelled]).when(invite('c-1')).thenThrows('VIP_EVENT_CANCELLED');
  });
});

describe('recording attendance', () => {
  it('records an invited guest on the event day', () => {
    given([scheduled, invited('c-1')])
      .when(attend('c-1', '2026-12-20T19:30:00Z'))
      .then([attended('c-1', '2026-12-20T19:30:00.000Z')]);
  });

  it('refuses the day before the event', () => {
    given([scheduled, invited('c-1')])
      .when(attend('c-1', '2026-12-19T23:59:59Z'))
      .thenThrows('VIP_EVENT_NOT_HELD_YET');
  });

  it('takes a late record after the event, once', () => {
    given([scheduled, invited('c-1')])
      .when(attend('c-1', '2026-12-22T10:00:00Z'))
      .then([attended('c-1', '2026-12-22T10:00:00.000Z')]);
    given([scheduled, invited('c-1'), attended('c-1', '2026-12-20T19:30:00.000Z')])
      .when(attend('c-1', '2026-12-22T10:00:00Z'))
      .then([]);
  });

  it('refuses a customer not on the guest list', () => {
    const error = given([scheduled, invited('c-1')])
      .when(attend('c-2', '2026-12-20T19:30:00Z'))
      .thenThrows('GUEST_NOT_INVITED');
    expect(error.details).toEqual({ vipEventId: E, customerId: 'c-2' });
  });
});

describe('cancelling a VIP event', () => {
  it('records the cancellation with its reason, up to the event day', () => {
    given([scheduled]).when(cancel()).then([cancelled]);
    const [event] = given([scheduled]).when(cancel('2026-12-20T08:00:00.000Z')).events();
    expect(event?.type).toBe('VipEventCancelled');
  });

  it('refuses after the event was held, a second time, or an event never scheduled', () => {
    given([scheduled]).when(cancel('2026-12-21T00:00:00.000Z')).thenThrows('VIP_EVENT_DATE_PASSED');
    given([scheduled, cancelled]).when(cancel()).thenThrows('VIP_EVENT_CANCELLED');
    given([]).when(cancel()).thenThrows('VIP_EVENT_NOT_FOUND');
  });
});
