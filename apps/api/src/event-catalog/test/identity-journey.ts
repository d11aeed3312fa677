import {
  type Actor,
  DEFAULT_POLICIES,
  decideIdentity,
  evolveIdentity,
  type IdentityCommand,
  type IdentityEvent,
  initialIdentityState,
} from '@ledger/domain';

const RM: Actor = { id: 'rm-li', role: 'relationship-manager' };
const NOW = '2026-12-07T09:00:00.000Z';

/**
 * One number registered, released after a refused onboarding, registered again and freed by a
 * correction: every identity event, by the decider.
 */
export function identityEvents(): IdentityEvent[] {
  const commands: IdentityCommand[] = [
    { type: 'RegisterIdNumber', index: 'digest', customerId: 'c-1', holder: null, actor: RM, now: NOW },
    {
      type: 'ReleaseIdNumber',
      index: 'digest',
      customerId: 'c-1',
      reason: 'onboarding-refused',
      actor: RM,
      now: NOW,
    },
    { type: 'RegisterIdNumber', index: 'digest', customerId: 'c-2', holder: null, actor: RM, now: NOW },
    { type: 'ReleaseIdNumber', index: 'digest', customerId: 'c-2', reason: 'corrected', actor: RM, now: NOW },
  ];
  let state = initialIdentityState();
  const events: IdentityEvent[] = [];
  for (const command of commands) {
    for (const event of decideIdentity(command, state, DEFAULT_POLICIES.identityRegister)) {
      events.push(event);
      state = evolveIdentity(state, event);
    }
  }
  return events;
}
