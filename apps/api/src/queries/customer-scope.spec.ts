import { ForbiddenException } from '@nestjs/common';
import type { Caller } from '../auth/roles';
import type { TierAuditReads } from '../tier-audits/tier-audit.reads';
import { CustomerScopes } from './customer-scope';

const UNDER_REVIEW = 'c-reviewed';
const reviews = {
  underOpenReview: () => Promise.resolve([UNDER_REVIEW]),
  isUnderOpenReview: (customerId: string) => Promise.resolve(customerId === UNDER_REVIEW),
} as unknown as TierAuditReads;
const scopes = new CustomerScopes(reviews);

const as = (actingRole: Caller['actingRole'], id = 'someone', branchId?: string): Caller => ({
  id,
  roles: actingRole === undefined ? [] : [actingRole],
  actingRole,
  ...(branchId !== undefined && { branchId }),
});
const liCustomer = { customerId: 'c-li', relationshipManagerId: 'rm-li', branchId: 'b1' };

describe('CustomerScopes', () => {
  it("narrows a relationship manager's list to its own book and refuses another's (403)", async () => {
    await expect(scopes.narrow(as('relationship-manager', 'rm-li'), undefined)).resolves.toEqual({
      relationshipManagerId: 'rm-li',
    });
    await expect(scopes.narrow(as('relationship-manager', 'rm-li'), 'rm-li')).resolves.toEqual({
      relationshipManagerId: 'rm-li',
    });
    await expect(scopes.narrow(as('relationship-manager', 'rm-li'), 'rm-zhou')).rejects.toThrow(
      ForbiddenException,
    );
  });

  it("keeps a branch head to its branch, any manager's there; without the claim it is 403", async () => {
    await expect(scopes.narrow(as('branch-head', 'head', 'b1'), 'rm-zhou')).resolves.toEqual({
      relationshipManagerId: 'rm-zhou',
      branchId: 'b1',
    });
    await expect(scopes.admits(as('branch-head', 'head', 'b1'), liCustomer)).resolves.toBe(true);
    await expect(scopes.admits(as('branch-head', 'head', 'b2'), liCustomer)).resolves.toBe(false);
    await expect(scopes.admits(as('branch-head', 'head'), liCustomer)).rejects.toThrow(ForbiddenException);
  });

  it('lets a committee member see the customers of open reviews only', async () => {
    await expect(scopes.narrow(as('committee-member'), undefined)).resolves.toEqual({
      customerIds: [UNDER_REVIEW],
    });
    await expect(scopes.admits(as('committee-member'), liCustomer)).resolves.toBe(false);
    await expect(
      scopes.admits(as('committee-member'), { ...liCustomer, customerId: UNDER_REVIEW }),
    ).resolves.toBe(true);
  });

  it('leaves the call center, auditors and admins every customer, filtered only as they ask', async () => {
    for (const role of ['call-center', 'auditor', 'admin'] as const) {
      await expect(scopes.narrow(as(role), 'rm-zhou')).resolves.toEqual({ relationshipManagerId: 'rm-zhou' });
      await expect(scopes.admits(as(role), liCustomer)).resolves.toBe(true);
    }
    await expect(scopes.admits(as(undefined), liCustomer)).rejects.toThrow('without AuthGuard');
  });
});
