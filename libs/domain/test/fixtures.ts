import type {
  Actor,
  AssetsRevalued,
  ContributionRecorded,
  CustomerCommand,
  CustomerEvent,
  CustomerOnboarded,
  ProductSubscribed,
  TierReviewOpened,
} from '../src';
import { money } from '../src';

/** Test data for the decider specs: ids, actors, times and one builder per event or command. */
export const CUSTOMER_ID = '0b9c6a52-3f0e-4a8e-9d7e-5f1c2b3a4d5e';
export const HOLDING_ID = '7d3f9a10-1c2b-4d5e-8f90-a1b2c3d4e5f6';
export const REVIEW_ID = '3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f';
export const REQUEST_ID = 'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f';
export const CONTACT_ID = '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d';

export const RM: Actor = { id: 'rm-li', role: 'relationship-manager' };
export const CHEN: Actor = { id: 'committee-chen', role: 'committee-member' };
export const ZHAO: Actor = { id: 'committee-zhao', role: 'committee-member' };
export const ADMIN: Actor = { id: 'admin-wu', role: 'admin' };

export const ONBOARDED_AT = '2026-01-05T09:00:00.000Z';
export const NOW = '2026-11-24T10:00:00.000Z';

/** Yuan to minor units (fen). */
export const cny = (yuan: number) => money(Math.round(yuan * 100));

type CommandOf<T extends CustomerCommand['type']> = Extract<CustomerCommand, { type: T }>;
type Body<T extends CustomerCommand['type']> = Omit<CommandOf<T>, 'type' | 'customerId' | 'actor' | 'now'>;

export function command<T extends CustomerCommand['type']>(
  type: T,
  body: Body<T>,
  options: { actor?: Actor; now?: string } = {},
): CommandOf<T> {
  const envelope = { type, customerId: CUSTOMER_ID, actor: options.actor ?? RM, now: options.now ?? NOW };
  return { ...envelope, ...body } as unknown as CommandOf<T>;
}

export function onboarded(data: Partial<CustomerOnboarded['data']> = {}): CustomerOnboarded {
  return {
    type: 'CustomerOnboarded',
    schemaVersion: 1,
    data: {
      customerId: CUSTOMER_ID,
      segment: 'retail',
      name: '王芳',
      idNumber: '110101199003071234',
      phone: '+8613800138000',
      birthDate: '1990-03-07',
      branchId: 'branch-shanghai-01',
      relationshipManagerId: RM.id,
      // Consenting by default, so the marketing rules are exercised; specs of consent say otherwise.
      consent: { marketing: true, profiling: true },
      tier: data.segment === 'corporate' ? 'STANDARD' : 'MASS',
      onboardedAt: ONBOARDED_AT,
      ...data,
    },
  };
}

export function subscribed(data: Partial<ProductSubscribed['data']> = {}): ProductSubscribed {
  return {
    type: 'ProductSubscribed',
    schemaVersion: 1,
    data: {
      customerId: CUSTOMER_ID,
      holdingId: HOLDING_ID,
      productCode: 'TD-12M-CNY',
      productType: 'time-deposit',
      principal: cny(250_000),
      openedAt: '2026-02-01T09:00:00.000Z',
      maturityDate: '2027-02-01',
      ...data,
    },
  };
}

export function revalued(
  yuan: number,
  previousYuan: number,
  asOf = '2026-03-01T00:00:00.000Z',
): AssetsRevalued {
  const total = cny(yuan);
  const previous = cny(previousYuan);
  return {
    type: 'AssetsRevalued',
    schemaVersion: 1,
    data: {
      customerId: CUSTOMER_ID,
      totalFinancialAssets: total,
      previous,
      delta: money(total.amountMinor - previous.amountMinor),
      largeMovement: null,
      asOf,
    },
  };
}

export function contributed(data: Partial<ContributionRecorded['data']> = {}): ContributionRecorded {
  return {
    type: 'ContributionRecorded',
    schemaVersion: 1,
    data: {
      customerId: CUSTOMER_ID,
      year: 2025,
      contribution: cny(12_000_000),
      departmentsEngaged: 3,
      growthRate: 0.2,
      recordedAt: '2026-02-10T09:00:00.000Z',
      ...data,
    },
  };
}

export function reviewOpened(data: Partial<TierReviewOpened['data']> = {}): TierReviewOpened {
  return {
    type: 'TierReviewOpened',
    schemaVersion: 1,
    data: {
      customerId: CUSTOMER_ID,
      reviewId: REVIEW_ID,
      scheme: 'retail',
      criteria: { scheme: 'retail', totalFinancialAssets: cny(0) },
      computedTier: 'MASS',
      proposedTier: 'WEALTH',
      rationale: 'long-standing family relationship',
      requestedBy: RM.id,
      openedAt: '2026-11-20T09:00:00.000Z',
      policyVersion: 'retail-tier/v1',
      ...data,
    },
  };
}

export function offboarded(at = '2026-06-30T16:00:00.000Z'): CustomerEvent {
  return {
    type: 'CustomerOffboarded',
    schemaVersion: 1,
    data: { customerId: CUSTOMER_ID, reason: 'moved abroad', at },
  };
}

/** The customer withdrew marketing (or another purpose's) consent: no campaign, launch or P2 care. */
export function consentWithdrawn(
  purpose: 'marketing' | 'profiling' = 'marketing',
  at = '2026-11-01T09:00:00.000Z',
): CustomerEvent {
  return { type: 'ConsentWithdrawn', schemaVersion: 1, data: { customerId: CUSTOMER_ID, purpose, at } };
}

/** The customer gave a consent (again). */
export function consentGiven(
  purpose: 'marketing' | 'profiling' = 'marketing',
  at = '2026-11-02T09:00:00.000Z',
): CustomerEvent {
  return { type: 'ConsentGiven', schemaVersion: 1, data: { customerId: CUSTOMER_ID, purpose, at } };
}
