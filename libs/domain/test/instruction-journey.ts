import {
  type Actor,
  DEFAULT_POLICIES,
  decideInstruction,
  evolveInstruction,
  initialInstructionState,
  type InstructionCommand,
  type InstructionCustomerFacts,
  type InstructionEvent,
} from '../src';

const SPECIALIST: Actor = { id: 'ws-wu', role: 'wealth-specialist' };
const OFFICER: Actor = { id: 'co-qian', role: 'credit-officer' };
const NOW = '2026-12-07T09:00:00.000Z';
const cny = (yuan: number) => ({ amountMinor: yuan * 100, currency: 'CNY' });

const customer: InstructionCustomerFacts = {
  customerId: 'corp-1',
  segment: 'corporate',
  active: true,
  relationshipManagerId: 'rm-li',
  branchId: 'b1',
  sealSpecimen: { specimenRef: 'DMS-SEAL-0042', lodgedAt: '2026-01-05T09:00:00.000Z' },
  phoneAuthorisation: {
    authorisedCallers: ['Zhang Wei'],
    validUntil: '2026-12-31T00:00:00.000Z',
    lodgedAt: '2026-01-05T09:00:00.000Z',
  },
  creditFacility: null,
  activeHoldingIds: [],
};

type Step = InstructionCommand extends infer C
  ? C extends InstructionCommand
    ? Omit<C, 'instructionId' | 'actor' | 'now'> & { actor?: Actor }
    : never
  : never;

function walk(instructionId: string, steps: Step[]): InstructionEvent[] {
  let state = initialInstructionState();
  const events: InstructionEvent[] = [];
  for (const { actor, ...step } of steps) {
    const command = { ...step, instructionId, actor: actor ?? SPECIALIST, now: NOW } as InstructionCommand;
    for (const event of decideInstruction(command, state, DEFAULT_POLICIES.instruction, 'seed-defaults')) {
      events.push(event);
      state = evolveInstruction(state, event);
    }
  }
  return events;
}

const receipt = (channel: 'written' | 'phone'): Step => ({
  type: 'ReceiveInstruction',
  customerId: 'corp-1',
  customer,
  channel,
  product: 'WM-115D',
  productType: 'wealth',
  side: 'buy',
  amount: cny(500_000),
});
const quoted: Step[] = [
  { type: 'ObtainQuote', price: '1.0235', validUntil: '2026-12-07T10:00:00.000Z' },
  { type: 'RecordQuoteAnswer', accepted: true },
  { type: 'CheckCreditLimit', customer },
];

/** Every instruction event, by the decider: a written one over the limit to confirmation, and each "no". */
export function instructionEvents(): InstructionEvent[] {
  return [
    ...walk('ins-1', [
      receipt('written'),
      { type: 'VerifySeal', matches: true, customer },
      ...quoted,
      { type: 'DecideCreditApproval', approved: true, reason: 'secured by deposit', actor: OFFICER },
      { type: 'CheckFunds', sufficient: true },
      { type: 'IssueConfirmation', confirmationNo: 'TC-2026-0001' },
    ]),
    ...walk('ins-2', [receipt('written'), { type: 'VerifySeal', matches: false, customer }]),
    ...walk('ins-3', [receipt('phone'), { type: 'VerifyPhoneAuthorisation', caller: 'Zhang Wei', customer }]),
    ...walk('ins-4', [
      receipt('phone'),
      { type: 'VerifyPhoneAuthorisation', caller: 'Wang Qiang', customer },
    ]),
    ...walk('ins-5', [
      receipt('written'),
      { type: 'VerifySeal', matches: true, customer },
      { type: 'ObtainQuote', price: '1.0235', validUntil: '2026-12-07T10:00:00.000Z' },
      { type: 'RecordQuoteAnswer', accepted: false },
    ]),
    ...walk('ins-6', [
      receipt('written'),
      { type: 'VerifySeal', matches: true, customer },
      ...quoted,
      { type: 'DecideCreditApproval', approved: false, reason: 'over exposure', actor: OFFICER },
    ]),
    ...walk('ins-7', [receipt('written'), { type: 'AbortInstruction', note: 'client withdrew' }]),
  ];
}
