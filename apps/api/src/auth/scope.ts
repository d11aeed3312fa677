import { ForbiddenException, SetMetadata } from '@nestjs/common';
import type { Caller } from './roles';

/**
 * Whose books a caller reads (issue 15 §4, ADR 0015), by the role it acts in: a relationship
 * manager its own customers, a branch head its branch's, a committee member the customers of
 * open tier reviews; the call center (masked), auditors, admins, downstream services and campaign
 * managers all.
 */
export type ReadScope =
  | { kind: 'all' }
  | { kind: 'owner'; relationshipManagerId: string }
  | { kind: 'branch'; branchId: string }
  | { kind: 'open-reviews' };

export function readScopeOf(caller: Caller): ReadScope {
  switch (caller.actingRole) {
    case 'relationship-manager':
      return { kind: 'owner', relationshipManagerId: caller.id };
    case 'branch-head':
      return { kind: 'branch', branchId: branchOf(caller) };
    case 'committee-member':
      return { kind: 'open-reviews' };
    case 'call-center':
    case 'auditor':
    case 'admin':
    case 'downstream-service':
    case 'campaign-manager':
    case 'wealth-specialist':
    case 'credit-officer':
      // Key-account desks (wealth specialists, credit officers) serve every branch's clients (ADR 0029).
      return { kind: 'all' };
    // The catalog's owner: no customer route admits it, so it has no books to read.
    case 'product-manager':
      throw new ForbiddenException('a product manager reads no customer');
    case undefined:
      throw new Error('readScopeOf used on a route without AuthGuard');
  }
}

/** A branch head's token must say which branch it heads. */
export function branchOf(caller: Caller): string {
  if (caller.branchId === undefined)
    throw new ForbiddenException('a branch-head token needs a branchId claim');
  return caller.branchId;
}

/** A relationship manager asking for another manager's book: 403 naming the field. */
export function refuseOtherManager(scope: ReadScope, relationshipManagerId: string | undefined): void {
  if (scope.kind !== 'owner' || relationshipManagerId === undefined) return;
  if (relationshipManagerId !== scope.relationshipManagerId)
    throw new ForbiddenException(
      `relationshipManagerId: a relationship manager reads only its own book (${scope.relationshipManagerId})`,
    );
}

/** A branch head asking for another branch: 403 naming the field. */
export function refuseOtherBranch(scope: ReadScope, branchId: string | undefined): void {
  if (scope.kind !== 'branch' || branchId === undefined || branchId === scope.branchId) return;
  throw new ForbiddenException(`branchId: a branch head reads only its own branch (${scope.branchId})`);
}

export const NARROWED_KEY = 'ledger:narrowed-to-scope';

/**
 * A list route that answers only what the caller's scope holds (the route table's scope `list`).
 * Every route on one customer (`/customers/:id…`) is scope `book`: 404 outside the caller's scope.
 */
export const NarrowedToScope = (): MethodDecorator => SetMetadata(NARROWED_KEY, true);
