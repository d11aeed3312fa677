import {
  type Actor,
  decideHousehold,
  evolveHousehold,
  type HouseholdCommand,
  type HouseholdEvent,
  initialHouseholdState,
} from '@ledger/domain';

const RM: Actor = { id: 'rm-li', role: 'relationship-manager' };
const NOW = '2026-12-07T09:00:00.000Z';
const by = { householdId: 'h-1', actor: RM, now: NOW };
const active = (customerId: string) => ({ customerId, active: true, householdId: null });

/** A household formed, two members joining, one leaving: every household event, by the decider. */
export function householdEvents(): HouseholdEvent[] {
  const commands: HouseholdCommand[] = [
    { ...by, type: 'FormHousehold', name: '王家', branchId: 'b1' },
    { ...by, type: 'JoinHousehold', customerId: 'c-1', role: 'head', customer: active('c-1') },
    { ...by, type: 'JoinHousehold', customerId: 'c-2', role: 'spouse', customer: active('c-2') },
    { ...by, type: 'LeaveHousehold', customerId: 'c-2', reason: 'moved abroad' },
  ];
  let state = initialHouseholdState();
  const events: HouseholdEvent[] = [];
  for (const command of commands) {
    for (const event of decideHousehold(command, state)) {
      events.push(event);
      state = evolveHousehold(state, event);
    }
  }
  return events;
}
