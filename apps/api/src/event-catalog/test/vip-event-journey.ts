import {
  type Actor,
  decideVipEvent,
  evolveVipEvent,
  initialVipEventState,
  type VipEventCommand,
  type VipEventEvent,
} from '@ledger/domain';

const MARKETING: Actor = { id: 'cm-gao', role: 'campaign-manager' };
const by = (now: string) => ({ vipEventId: 've-1', actor: MARKETING, now });
const guest = (customerId: string) => ({ customerId, active: true, marketingConsent: true });

/** A VIP event scheduled, two guests invited, one attending, a second event cancelled: every VIP event event. */
export function vipEventEvents(): VipEventEvent[] {
  const run = (commands: VipEventCommand[]) => {
    let state = initialVipEventState();
    const events: VipEventEvent[] = [];
    for (const command of commands)
      for (const event of decideVipEvent(command, state)) {
        events.push(event);
        state = evolveVipEvent(state, event);
      }
    return events;
  };
  const schedule = (now: string): VipEventCommand => ({
    ...by(now),
    type: 'ScheduleVipEvent',
    name: '新年音乐会',
    date: '2026-12-20',
    inviteeRule: {
      all: [
        { field: 'tier', in: ['PRIVATE', 'STRATEGIC'] },
        { field: 'flags', none: ['dormant'] },
      ],
    },
  });
  return [
    ...run([
      schedule('2026-12-01T09:00:00.000Z'),
      { ...by('2026-12-13T09:00:00.000Z'), type: 'InviteGuest', customerId: 'c-1', guest: guest('c-1') },
      { ...by('2026-12-13T09:00:00.000Z'), type: 'InviteGuest', customerId: 'c-2', guest: guest('c-2') },
      { ...by('2026-12-20T21:00:00.000Z'), type: 'RecordAttendance', customerId: 'c-1' },
    ]),
    ...run([
      schedule('2026-12-01T09:00:00.000Z'),
      { ...by('2026-12-02T09:00:00.000Z'), type: 'CancelVipEvent', reason: 'venue closed' },
    ]).slice(1),
  ];
}
