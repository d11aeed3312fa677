import { randomUUID } from 'node:crypto';
import { CommandBus } from '@nestjs/cqrs';
import { type ClaimHouseholdMembership, membershipAggregate } from '@ledger/domain';
import { Decision } from '../../apps/api/src/command-path/decision';
import { startLedger, type Ledger } from './ledger-harness';
import { onboard } from './onboarding';

/**
 * A claim whose join never got recorded (the process stopped between the two appends, ADR 0027):
 * another household takes the customer over only once `householdMembership.abandonedAfterSeconds`
 * (default 300 s) have passed since the claim.
 */
describe('an abandoned household membership claim (e2e)', () => {
  let ledger: Ledger;
  beforeAll(async () => {
    ledger = await startLedger();
  });
  afterAll(() => ledger.close());

  async function joinAfterStrandedClaim(claimedSecondsAgo: number) {
    const rm = await ledger.as('relationship-manager', 'rm-li');
    const customer = await onboard(ledger, rm);
    const form = async () => {
      const householdId = randomUUID();
      await ledger
        .http()
        .post('/households')
        .set(rm)
        .send({ householdId, name: '王家', branchId: 'b1' })
        .expect(201);
      return householdId;
    };
    const [stranded, other] = [await form(), await form()];
    const claim: Omit<ClaimHouseholdMembership, 'actor' | 'now'> = {
      type: 'ClaimHouseholdMembership',
      customerId: customer.customerId,
      householdId: stranded,
      holder: null,
    };
    const request = {
      actor: { id: 'rm-li', role: 'relationship-manager' },
      now: new Date(Date.now() - claimedSecondsAgo * 1000).toISOString(),
      context: { correlationId: randomUUID() },
    };
    await ledger.app.get(CommandBus).execute(Decision.of(membershipAggregate, claim, request));
    return ledger
      .http()
      .post(`/households/${other}/members`)
      .set(rm)
      .send({ customerId: customer.customerId, role: 'head' });
  }

  it('holds the customer while the join may still be on its way (409)', async () => {
    const refused = await joinAfterStrandedClaim(60);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('ALREADY_IN_HOUSEHOLD');
  });

  it('lets another household take the customer over once the policy time has passed (201)', async () => {
    expect((await joinAfterStrandedClaim(600)).status).toBe(201);
  });
});
