import { ForbiddenException } from '@nestjs/common';
import type { InstructionScope } from '@ledger/projections/instructions';
import type { Caller } from '../auth/roles';
import { readScopeOf, refuseOtherBranch, refuseOtherManager } from '../auth/scope';

/**
 * The instructions a caller reads (ADR 0015, ADR 0029): a relationship manager its own customers',
 * a branch head its branch's, the key-account desk, auditors and admins all. Naming another
 * manager or branch is 403: asking is explicit.
 */
export function instructionScopeOf(caller: Caller, asked: InstructionScope): InstructionScope {
  const scope = readScopeOf(caller);
  switch (scope.kind) {
    case 'owner':
      refuseOtherManager(scope, asked.relationshipManagerId);
      return { ...asked, relationshipManagerId: scope.relationshipManagerId };
    case 'branch':
      refuseOtherBranch(scope, asked.branchId);
      return { ...asked, branchId: scope.branchId };
    case 'all':
      return asked;
    case 'open-reviews':
      throw new ForbiddenException('instructions are not read under a committee scope');
  }
}
