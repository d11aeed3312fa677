import { DEFAULT_POLICIES } from '@ledger/domain';
import { foldEvents } from '../shared/test/fold-events';
import { customer360AsOf } from './as-of';
import { CUSTOMERS, type Customer360Document } from './customer-360.document';
import { customer360Projection } from './customer-360.projection';
import { present } from './present';
import { ANNA, at, threeCustomers } from './test/scenario';

const ledger = threeCustomers();
const annaEvents = ledger.events.filter((event) => event.stream === `customer-${ANNA}`);
const live = foldEvents(customer360Projection(DEFAULT_POLICIES), ledger.events)[CUSTOMERS]![
  ANNA
] as Customer360Document;

describe('customer360AsOf', () => {
  it('equals the live view when asOf is after the last event', () => {
    const now = at('2026-06-01');
    expect(customer360AsOf(annaEvents, at('2026-05-01'), DEFAULT_POLICIES, now)).toEqual(
      present(live, now, DEFAULT_POLICIES),
    );
  });

  it('shows the state before a change that was recorded later', () => {
    const beforeCommittee = customer360AsOf(annaEvents, at('2026-03-02'), DEFAULT_POLICIES);
    expect(beforeCommittee).toMatchObject({ tier: 'WEALTH', tierSince: at('2026-01-06', '18:00') });
    expect(beforeCommittee?.tierHistory).toHaveLength(1);
    const beforeReassignment = customer360AsOf(annaEvents, at('2026-02-09'), DEFAULT_POLICIES);
    expect(beforeReassignment).toMatchObject({ relationshipManagerId: 'rm-li', revision: 5 });
  });

  it('includes an event recorded exactly at asOf', () => {
    expect(customer360AsOf(annaEvents, at('2026-02-10'), DEFAULT_POLICIES)?.relationshipManagerId).toBe(
      'rm-wang',
    );
  });

  it('judges time-dependent fields at asOf unless told otherwise', () => {
    const asOf = at('2026-03-02');
    expect(customer360AsOf(annaEvents, asOf, DEFAULT_POLICIES)?.lifecycle).toBe('NEW');
    expect(customer360AsOf(annaEvents, asOf, DEFAULT_POLICIES, at('2026-04-06'))?.lifecycle).toBe('GROWING');
    const birthday = expect.objectContaining({ kind: 'contact-due', reason: 'birthday' });
    expect(customer360AsOf(annaEvents, asOf, DEFAULT_POLICIES)?.alerts).not.toContainEqual(birthday);
    expect(customer360AsOf(annaEvents, asOf, DEFAULT_POLICIES, at('2026-03-06'))?.alerts).toContainEqual(
      birthday,
    );
  });

  it('is null before the customer was onboarded', () => {
    expect(customer360AsOf(annaEvents, at('2026-01-05', '08:59'), DEFAULT_POLICIES)).toBeNull();
    expect(customer360AsOf([], at('2030-01-01'), DEFAULT_POLICIES)).toBeNull();
  });
});
