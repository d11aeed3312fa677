import { ForbiddenException } from '@nestjs/common';
import type { PipelineScope } from '@ledger/projections/opportunity-pipeline';
import type { Caller } from '../auth/roles';
import { readScopeOf, refuseOtherBranch } from '../auth/scope';

/**
 * The opportunities a caller reads (ADR 0015, ADR 0019): a relationship manager its own, a branch
 * head its branch's, an admin all. Naming another owner or branch is 403: asking is explicit.
 */
export function pipelineScopeOf(caller: Caller, asked: PipelineScope): PipelineScope {
  const scope = readScopeOf(caller);
  switch (scope.kind) {
    case 'owner':
      if (asked.owner !== undefined && asked.owner !== scope.relationshipManagerId)
        throw new ForbiddenException(
          `owner: a relationship manager reads only its own pipeline (${scope.relationshipManagerId})`,
        );
      return { ...asked, owner: scope.relationshipManagerId };
    case 'branch':
      refuseOtherBranch(scope, asked.branchId);
      return { ...asked, branchId: scope.branchId };
    case 'all':
      return asked;
    case 'open-reviews':
      throw new ForbiddenException('the pipeline is not read under a committee scope');
  }
}
