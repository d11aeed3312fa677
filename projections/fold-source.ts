import { join } from 'node:path';
import type { DomainPolicies } from '@ledger/domain';
import type { ProjectionSource } from '@ledger/projection-runtime';

/**
 * Where a fold worker loads allProjections(policies) from: this directory's index, from the
 * TypeScript sources (jest, `ledger` run from source) or from dist, with what resolves its imports.
 */
export function allProjectionsSource(policies: DomainPolicies): ProjectionSource {
  const fromSources = __filename.endsWith('.ts');
  const root = fromSources ? join(__dirname, '..') : join(__dirname, '..', '..');
  return {
    module: join(__dirname, fromSources ? 'index.ts' : 'index.js'),
    export: 'allProjections',
    args: [policies],
    preload: [join(root, 'scripts', fromSources ? 'register-ts.js' : 'register-dist.js')],
  };
}
