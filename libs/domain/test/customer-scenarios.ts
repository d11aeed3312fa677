import fc from 'fast-check';
import {
  type CustomerCommand,
  type CustomerEvent,
  type CustomerState,
  DAY_MS,
  decide,
  DomainError,
  evolve,
  initialState,
  money,
} from '../src';
import { CHEN, command, RM, ZHAO } from './fixtures';

const START = Date.parse('2024-01-01T09:00:00.000Z');

/** One step of a generated customer history; indexes pick earlier holdings, reviews and requests. */
export type Step =
  | { kind: 'subscribe'; amountMinor: number; termDays: number | null }
  | { kind: 'mature'; holding: number; proceedsMinor: number }
  | { kind: 'revalue'; amountMinor: number }
  | { kind: 'contribute'; year: number; amountMinor: number; departments: number; growth: number }
  | { kind: 'contact'; priority: 1 | 2 | 3; about: 'nothing' | 'maturities' | number }
  | { kind: 'open-review'; proposeUp: boolean }
  | { kind: 'vote-review'; review: number; approve: boolean; voter: 0 | 1 | 2 }
  | { kind: 'open-request' }
  | { kind: 'resolve-request'; request: number; afterHours: number }
  | { kind: 'offboard' }
  | { kind: 'request-erasure' };

const amount = fc.oneof(fc.integer({ min: 0, max: 300_000_00 }), fc.integer({ min: 0, max: 20_000_000_00 }));

export const stepArbitrary: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('subscribe' as const),
      amountMinor: amount,
      termDays: fc.option(fc.integer({ min: 0, max: 800 })),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('mature' as const), holding: fc.nat(9), proceedsMinor: amount }),
  },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('revalue' as const), amountMinor: amount }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('contribute' as const),
      year: fc.integer({ min: 2020, max: 2026 }),
      amountMinor: amount,
      departments: fc.integer({ min: 1, max: 4 }),
      growth: fc.double({ min: -0.5, max: 0.5, noNaN: true }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('contact' as const),
      priority: fc.constantFrom(1 as const, 2 as const, 3 as const),
      // A routine call, one about maturities, or one naming an earlier holding.
      about: fc.oneof(fc.constantFrom('nothing' as const, 'maturities' as const), fc.nat(9)),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('open-review' as const), proposeUp: fc.boolean() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('vote-review' as const),
      review: fc.nat(4),
      approve: fc.boolean(),
      voter: fc.constantFrom(0 as const, 1 as const, 2 as const),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('open-request' as const) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('resolve-request' as const),
      request: fc.nat(4),
      afterHours: fc.nat(48),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'offboard' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'request-erasure' as const }) },
);

export const historyArbitrary = fc.record({
  segment: fc.constantFrom('retail' as const, 'corporate' as const),
  steps: fc.array(stepArbitrary, { maxLength: 40 }),
});

function toCommand(step: Step, index: number, segment: 'retail' | 'corporate'): CustomerCommand {
  const at = new Date(START + (index + 1) * DAY_MS).toISOString();
  const options = { now: at };
  switch (step.kind) {
    case 'subscribe': {
      const maturityDate =
        step.termDays === null
          ? undefined
          : new Date(START + (index + 1 + step.termDays) * DAY_MS).toISOString();
      return command(
        'SubscribeProduct',
        {
          holdingId: `h-${index % 10}`,
          productCode: 'P',
          productType: 'wealth',
          principal: money(step.amountMinor),
          maturityDate,
        },
        options,
      );
    }
    case 'mature':
      return command(
        'RecordMaturity',
        { holdingId: `h-${step.holding}`, proceeds: money(step.proceedsMinor) },
        options,
      );
    case 'revalue':
      return command('RevalueAssets', { totalFinancialAssets: money(step.amountMinor) }, options);
    case 'contribute':
      return command(
        'RecordContribution',
        {
          year: step.year,
          contribution: money(step.amountMinor),
          departmentsEngaged: step.departments,
          growthRate: step.growth,
        },
        options,
      );
    case 'contact':
      return command(
        'LogContact',
        {
          contactId: `k-${index}`,
          channel: 'phone',
          purpose: step.about === 'maturities' ? 'maturity' : 'p',
          holdingId: typeof step.about === 'number' ? `h-${step.about}` : undefined,
          outcome: 'o',
          relationshipManagerId: RM.id,
          priority: step.priority,
        },
        options,
      );
    case 'open-review':
      return command(
        'OpenTierReview',
        {
          reviewId: `r-${index % 5}`,
          rationale: 'r',
          proposedTier: step.proposeUp ? (segment === 'retail' ? 'PRIVATE' : 'STRATEGIC') : undefined,
        },
        options,
      );
    case 'vote-review':
      // The third voter is the requester: a four-eyes refusal is part of the history too.
      return command(
        'CastTierReviewVote',
        { reviewId: `r-${step.review}`, vote: step.approve ? 'approve' : 'reject', reason: 'why' },
        { ...options, actor: [CHEN, ZHAO, RM][step.voter] ?? CHEN },
      );
    case 'open-request':
      return command(
        'OpenServiceRequest',
        { requestId: `s-${index % 5}`, kind: 'inquiry', channel: 'app', description: 'd' },
        options,
      );
    case 'resolve-request':
      return command(
        'ResolveServiceRequest',
        {
          requestId: `s-${step.request}`,
          resolution: 'done',
          resolvedAt: new Date(START + (index + 1) * DAY_MS + step.afterHours * 3_600_000).toISOString(),
        },
        options,
      );
    case 'offboard':
      return command('OffboardCustomer', { reason: 'closed' }, options);
    case 'request-erasure':
      return command('RequestPersonalDataErasure', { reason: 'asked' }, options);
  }
}

/** Runs the steps through decide/evolve, skipping the ones a domain rule refuses. */
export function runHistory(history: { segment: 'retail' | 'corporate'; steps: Step[] }): {
  events: CustomerEvent[];
  state: CustomerState;
  refused: number;
} {
  const onboard = command(
    'OnboardCustomer',
    {
      segment: history.segment,
      name: 'n',
      idNumber: '110101199003071234',
      phone: '+86138',
      branchId: 'b',
      relationshipManagerId: RM.id,
      birthDate: '1990-03-07',
    },
    { now: new Date(START).toISOString() },
  );
  let state = initialState();
  const events: CustomerEvent[] = [];
  let refused = 0;
  // The wealth subscriptions below need a valid risk assessment (suitability): one at onboarding.
  const assess = command(
    'AssessRiskProfile',
    { level: 'C3', score: 60, questionnaireVersion: 'RQ-1' },
    { now: new Date(START).toISOString() },
  );
  const steps = history.steps.map((step, i) => toCommand(step, i, history.segment));
  const commands = [onboard, assess, ...steps];
  for (const next of commands) {
    try {
      const decided = decide(next, state);
      events.push(...decided);
      state = decided.reduce(evolve, state);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      refused += 1;
    }
  }
  return { events, state, refused };
}
