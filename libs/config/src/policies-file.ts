import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import {
  canonicalPolicyJson,
  DEFAULT_POLICIES,
  type DomainPolicies,
  PolicyValueError,
  withPolicyOverrides,
} from '@ledger/domain';

/** Why a policies file cannot be used; the caller names the variable. */
export class PoliciesFileError extends Error {}

const SEED_CONTENT = canonicalPolicyJson(DEFAULT_POLICIES);

/**
 * The policy set a file configures: its overrides on the seed defaults, with a version derived
 * from the merged content, so two files that mean the same rules carry the same version, and a
 * file that restates the seed is still 'seed-defaults'. No file: the seed defaults.
 */
export function loadPolicies(file: string | undefined): DomainPolicies {
  if (file === undefined) return DEFAULT_POLICIES;
  return policiesFrom(readJson(file));
}

export function policiesFrom(overrides: unknown): DomainPolicies {
  let merged: DomainPolicies;
  try {
    merged = withPolicyOverrides(DEFAULT_POLICIES, overrides);
  } catch (error) {
    if (error instanceof PolicyValueError) throw new PoliciesFileError(error.message);
    throw error;
  }
  const content = canonicalPolicyJson(merged);
  if (content === SEED_CONTENT) return DEFAULT_POLICIES;
  const digest = createHash('sha256').update(content).digest('hex').slice(0, 12);
  return { ...merged, version: `sha256:${digest}` };
}

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new PoliciesFileError(`cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new PoliciesFileError(`${file} is not JSON (${(error as Error).message})`);
  }
}
