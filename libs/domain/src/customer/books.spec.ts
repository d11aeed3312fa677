import { CONTACT_ID, CUSTOMER_ID, command, onboarded, RM } from '../../test/fixtures';
import { DEFAULT_POLICIES } from '../policies/domain-policies';
import { CustomerNotFound } from '../errors/customer.errors';
import type { Actor } from '../actor';
import type { CustomerEvent } from '../events/customer-event';
import { evolveAll } from '../state/evolve';
import { customerAggregate } from './customer.aggregate';

const OTHER_RM: Actor = { id: 'rm-zhou', role: 'relationship-manager' };
const CALL_CENTER: Actor = { id: 'cc-01', role: 'call-center' };

const contactBy = (actor: Actor) =>
  command(
    'LogContact',
    {
      contactId: CONTACT_ID,
      channel: 'phone',
      purpose: 'care',
      outcome: 'reached',
      relationshipManagerId: RM.id,
    },
    { actor },
  );

/** given(history).when(command): what the customer aggregate decides, as the command path calls it. */
function given(history: CustomerEvent[]) {
  return {
    when: (cmd: ReturnType<typeof contactBy>) => () =>
      customerAggregate.decide(cmd, evolveAll(history), DEFAULT_POLICIES),
  };
}

describe('the customer aggregate keeps a relationship manager to its own books', () => {
  it('records a contact by the customer’s own manager', () => {
    const decided = given([onboarded()]).when(contactBy(RM))();
    expect(decided.map(({ event }) => event.type)).toEqual(['ContactLogged']);
  });

  it('refuses another manager as if the customer did not exist', () => {
    const refusal = given([onboarded()]).when(contactBy(OTHER_RM));
    expect(refusal).toThrow(CustomerNotFound);
    expect(refusal).toThrow(`customer ${CUSTOMER_ID} has not been onboarded`);
  });

  it('follows a reassignment: the new manager is in, the previous one out', () => {
    const reassigned: CustomerEvent = {
      type: 'RelationshipManagerAssigned',
      schemaVersion: 1,
      data: {
        customerId: CUSTOMER_ID,
        relationshipManagerId: OTHER_RM.id,
        previous: RM.id,
        reason: 'rebalancing',
        assignedAt: '2026-06-01T09:00:00.000Z',
      },
    };
    expect(given([onboarded(), reassigned]).when(contactBy(OTHER_RM))()).toHaveLength(1);
    expect(given([onboarded(), reassigned]).when(contactBy(RM))).toThrow(CustomerNotFound);
  });

  it('leaves other roles to the roles their route admits (the call center logs for anyone)', () => {
    expect(given([onboarded()]).when(contactBy(CALL_CENTER))()).toHaveLength(1);
  });
});
