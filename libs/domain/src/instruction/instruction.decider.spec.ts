import { specificationOf } from '../../test/aggregate-specification';
import type { Actor } from '../actor';
import type { InstructionCommand, InstructionCustomerFacts } from './instruction.commands';
import type { InstructionEvent, InstructionReceived } from './instruction.events';
import { instructionAggregate } from './instruction.aggregate';

const given = specificationOf(instructionAggregate);
const ID = 'ins-1';
const CUSTOMER = 'corp-1';
const SPECIALIST: Actor = { id: 'ws-wu', role: 'wealth-specialist' };
const OFFICER: Actor = { id: 'co-qian', role: 'credit-officer' };
const SYSTEM: Actor = { id: 'system', role: 'system' };
const RECEIVED_AT = '2026-03-02T09:00:00.000Z';
const AT = '2026-03-02T10:00:00.000Z';
const cny = (yuan: number) => ({ amountMinor: yuan * 100, currency: 'CNY' });

const customer = (facts: Partial<InstructionCustomerFacts> = {}): InstructionCustomerFacts => ({
  customerId: CUSTOMER,
  segment: 'corporate',
  active: true,
  relationshipManagerId: 'rm-li',
  branchId: 'b1',
  sealSpecimen: { specimenRef: 'DMS-SEAL-0042', lodgedAt: '2026-01-05T09:00:00.000Z' },
  phoneAuthorisation: {
    authorisedCallers: ['Zhang Wei', 'Liu Fang'],
    validUntil: '2026-12-31T00:00:00.000Z',
    lodgedAt: '2026-01-05T09:00:00.000Z',
  },
  creditFacility: {
    facilityId: 'CF-1',
    limit: cny(1_000_000),
    validUntil: '2026-12-31T00:00:00.000Z',
    utilisation: cny(200_000),
  },
  activeHoldingIds: ['H-9'],
  ...facts,
});

type Fields<T extends InstructionCommand['type']> = Omit<
  Extract<InstructionCommand, { type: T }>,
  'type' | 'instructionId' | 'actor' | 'now'
>;
function command<T extends InstructionCommand['type']>(
  type: T,
  fields: Fields<T>,
  actor: Actor = SPECIALIST,
  now = AT,
): Extract<InstructionCommand, { type: T }> {
  return { type, instructionId: ID, actor, now, ...fields } as Extract<InstructionCommand, { type: T }>;
}

const receive = (fields: Partial<Fields<'ReceiveInstruction'>> = {}) =>
  command(
    'ReceiveInstruction',
    {
      customerId: CUSTOMER,
      customer: customer(),
      channel: 'written',
      product: 'FX-FWD-3M',
      productType: 'wealth',
      side: 'buy',
      amount: cny(500_000),
      ...fields,
    },
    SPECIALIST,
    RECEIVED_AT,
  );

const received = (data: Partial<InstructionReceived['data']> = {}): InstructionReceived => ({
  type: 'InstructionReceived',
  schemaVersion: 1,
  data: {
    instructionId: ID,
    customerId: CUSTOMER,
    channel: 'written',
    product: 'FX-FWD-3M',
    productType: 'wealth',
    side: 'buy',
    amount: cny(500_000),
    receivedBy: SPECIALIST.id,
    receivedAt: RECEIVED_AT,
    relationshipManagerId: 'rm-li',
    branchId: 'b1',
    confirmBy: '2026-03-03T09:00:00.000Z',
    policyVersion: 'seed-defaults',
    ...data,
  },
});

const ids = { instructionId: ID, customerId: CUSTOMER, at: AT };
const step = <E extends InstructionEvent>(type: E['type'], data: object): E =>
  ({ type, schemaVersion: 1, data: { ...ids, ...data } }) as E;
const aborted = (atStep: string, reason: string) => step('InstructionAborted', { atStep, reason });

const sealVerified = step('SealVerified', { specimenRef: 'DMS-SEAL-0042' });
const phoneVerified = step('PhoneAuthorisationVerified', {
  caller: 'Zhang Wei',
  validUntil: '2026-12-31T00:00:00.000Z',
});
const quoted = step('QuoteObtained', { price: '7.1234', validUntil: '2026-03-02T11:00:00.000Z' });
const accepted = step('QuoteAccepted', { price: '7.1234' });
const withinLimit = step('CreditLimitChecked', {
  within: true,
  utilisation: cny(200_000),
  limit: cny(1_000_000),
  amount: cny(500_000),
  facilityId: 'CF-1',
});
const overLimit = step('CreditLimitChecked', {
  within: false,
  utilisation: cny(600_000),
  limit: cny(1_000_000),
  amount: cny(500_000),
  facilityId: 'CF-1',
});
const approved = step('CreditApprovalGranted', { approvedBy: OFFICER.id, reason: 'secured by deposit' });
const fundsOk = step('FundsChecked', { sufficient: true });

const verifySeal = (matches: boolean, facts = customer()) =>
  command('VerifySeal', { matches, customer: facts });
const verifyPhone = (caller: string, facts = customer()) =>
  command('VerifyPhoneAuthorisation', { caller, customer: facts });
const quote = (validUntil = '2026-03-02T11:00:00.000Z') =>
  command('ObtainQuote', { price: '7.1234', validUntil });
const answer = (yes: boolean, now = AT) => command('RecordQuoteAnswer', { accepted: yes }, SPECIALIST, now);
const checkCredit = (facts = customer()) => command('CheckCreditLimit', { customer: facts });
const approve = (yes: boolean, actor = OFFICER) =>
  command('DecideCreditApproval', { approved: yes, reason: 'secured by deposit' }, actor);
const checkFunds = (sufficient: boolean) => command('CheckFunds', { sufficient });
const confirm = () => command('IssueConfirmation', { confirmationNo: 'TC-2026-0001' });

describe('receiving an instruction (收到客户下单指示)', () => {
  it('records the channel, who received it and the deadline under the policy', () => {
    given([]).when(receive()).then([received()]);
  });
  it('names the holding a sell redeems, and refuses a sell of no active holding or a buy naming one', () => {
    given([])
      .when(receive({ side: 'sell', holdingId: 'H-9' }))
      .then([received({ side: 'sell', holdingId: 'H-9' })]);
    given([])
      .when(receive({ side: 'sell' }))
      .thenThrows('INSTRUCTION_HOLDING_MISMATCH');
    given([])
      .when(receive({ side: 'sell', holdingId: 'H-0' }))
      .thenThrows('INSTRUCTION_HOLDING_MISMATCH');
    given([])
      .when(receive({ holdingId: 'H-9' }))
      .thenThrows('INSTRUCTION_HOLDING_MISMATCH');
  });
  it('refuses an unknown, offboarded or retail customer', () => {
    given([])
      .when(receive({ customer: null }))
      .thenThrows('CUSTOMER_NOT_FOUND');
    given([])
      .when(receive({ customer: customer({ active: false }) }))
      .thenThrows('CUSTOMER_OFFBOARDED');
    given([])
      .when(receive({ customer: customer({ segment: 'retail' }) }))
      .thenThrows('CORPORATE_CUSTOMER_ONLY');
  });
  it('is received once (409)', () => {
    const error = given([received()]).when(receive()).thenThrows('INSTRUCTION_ALREADY_RECEIVED');
    expect(error.kind).toBe('conflict');
  });
});

describe('written instruction: 核对印鉴', () => {
  it('yes: the seal matches the specimen on file', () => {
    given([received()]).when(verifySeal(true)).then([sealVerified]);
  });
  it('no: a mismatch aborts at the seal verification', () => {
    given([received()])
      .when(verifySeal(false))
      .then([
        step('SealMismatch', { specimenRef: 'DMS-SEAL-0042' }),
        aborted('seal-verification', 'seal-mismatch'),
      ]);
  });
  it('no: without a specimen lodged there is nothing to match, whatever the specialist says', () => {
    given([received()])
      .when(verifySeal(true, customer({ sealSpecimen: null })))
      .then([step('SealMismatch', { specimenRef: null }), aborted('seal-verification', 'seal-mismatch')]);
  });
  it('is not the phone check (409 naming the seal verification)', () => {
    const error = given([received()]).when(verifyPhone('Zhang Wei')).thenThrows('INSTRUCTION_OUT_OF_ORDER');
    expect(error.details).toMatchObject({ step: 'phone-authorisation', expected: 'seal-verification' });
  });
});

describe('phone instruction: 查核电话授权书', () => {
  const phone = received({ channel: 'phone' });
  it('yes: the caller is on the authorisation on file', () => {
    given([phone]).when(verifyPhone('Zhang Wei')).then([phoneVerified]);
  });
  it.each([
    ['caller-not-authorised', 'Wang Qiang', customer()],
    ['none-lodged', 'Zhang Wei', customer({ phoneAuthorisation: null })],
    [
      'expired',
      'Zhang Wei',
      customer({
        phoneAuthorisation: {
          authorisedCallers: ['Zhang Wei'],
          validUntil: AT,
          lodgedAt: '2026-01-05T09:00:00.000Z',
        },
      }),
    ],
  ])('no (%s): aborts at the phone authorisation', (finding, caller, facts) => {
    given([phone])
      .when(verifyPhone(caller, facts))
      .then([
        step('PhoneAuthorisationMissing', { caller, finding }),
        aborted('phone-authorisation', 'phone-authorisation-missing'),
      ]);
  });
  it('has no quote before the authorisation (409 naming it)', () => {
    const error = given([phone]).when(quote()).thenThrows('INSTRUCTION_OUT_OF_ORDER');
    expect(error.details).toMatchObject({ step: 'quote', expected: 'phone-authorisation' });
  });
});

describe('取得报价 and 客户接受吗?', () => {
  it('obtains a quote once authorised, and records the acceptance within its validity', () => {
    given([received(), sealVerified]).when(quote()).then([quoted]);
    given([received(), sealVerified, quoted]).when(answer(true)).then([accepted]);
  });
  it('accepts up to and including validUntil, and refuses one past it (422 QUOTE_EXPIRED, nothing recorded)', () => {
    expect(
      given([received(), sealVerified, quoted]).when(answer(true, '2026-03-02T11:00:00.000Z')).events(),
    ).toHaveLength(1);
    const error = given([received(), sealVerified, quoted])
      .when(answer(true, '2026-03-02T11:00:00.001Z'))
      .thenThrows('QUOTE_EXPIRED');
    expect(error.kind).toBe('rule');
  });
  it('takes a fresh quote in place of an unanswered one', () => {
    const fresh = quote('2026-03-02T12:00:00.000Z');
    expect(given([received(), sealVerified, quoted]).when(fresh).events()[0]?.type).toBe('QuoteObtained');
  });
  it('no: the client declines and the instruction aborts at the acceptance', () => {
    given([received(), sealVerified, quoted])
      .when(answer(false))
      .then([step('QuoteDeclined', { price: '7.1234' }), aborted('quote-acceptance', 'quote-declined')]);
  });
  it('refuses a quote already expired when obtained, or a price that is not a positive decimal', () => {
    given([received(), sealVerified]).when(quote(AT)).thenThrows('INVALID_QUOTE');
    given([received(), sealVerified])
      .when(command('ObtainQuote', { price: '0', validUntil: '2026-03-02T11:00:00.000Z' }))
      .thenThrows('INVALID_QUOTE');
  });
});

describe('查核授信额度', () => {
  const history = [received(), sealVerified, quoted, accepted];
  it('within: utilisation plus the amount up to the limit, exactly at it too', () => {
    given(history).when(checkCredit()).then([withinLimit]);
    const atLimit = customer({
      creditFacility: {
        facilityId: 'CF-1',
        limit: cny(700_000),
        validUntil: '2026-12-31T00:00:00.000Z',
        utilisation: cny(200_000),
      },
    });
    expect(given(history).when(checkCredit(atLimit)).events()[0]?.data).toMatchObject({ within: true });
  });
  it('not within: one fen over the limit, an expired facility, another currency, or none', () => {
    const facility = {
      facilityId: 'CF-1',
      limit: cny(1_000_000),
      validUntil: '2026-12-31T00:00:00.000Z',
      utilisation: cny(600_000),
    };
    given(history)
      .when(checkCredit(customer({ creditFacility: facility })))
      .then([overLimit]);
    const oneOver = { ...facility, limit: { amountMinor: 110_000_000 - 1, currency: 'CNY' } };
    for (const creditFacility of [
      oneOver,
      { ...facility, utilisation: cny(0), validUntil: AT },
      {
        ...facility,
        utilisation: { amountMinor: 0, currency: 'USD' },
        limit: { amountMinor: 1e10, currency: 'USD' },
      },
      null,
    ])
      expect(
        given(history)
          .when(checkCredit(customer({ creditFacility })))
          .events()[0]?.data,
      ).toMatchObject({
        within: false,
      });
  });
  it('has no credit check before the acceptance, nor funds check before the credit check', () => {
    given([received(), sealVerified, quoted]).when(checkCredit()).thenThrows('INSTRUCTION_OUT_OF_ORDER');
    const error = given(history).when(checkFunds(true)).thenThrows('INSTRUCTION_OUT_OF_ORDER');
    expect(error.details).toMatchObject({ expected: 'credit-check' });
  });
});

describe('取得授信核准 (over the limit)', () => {
  const history = [received(), sealVerified, quoted, accepted, overLimit];
  it('yes: a credit officer grants it, and the funds check follows', () => {
    given(history).when(approve(true)).then([approved]);
    expect(
      given([...history, approved])
        .when(checkFunds(true))
        .events(),
    ).toEqual([fundsOk]);
  });
  it('no: the officer refuses and the instruction aborts at the approval', () => {
    given(history)
      .when(approve(false))
      .then([
        step('CreditApprovalRefused', { refusedBy: OFFICER.id, reason: 'secured by deposit' }),
        aborted('credit-approval', 'credit-approval-refused'),
      ]);
  });
  it('four-eyes: the specialist who received the instruction cannot approve it (422)', () => {
    const error = given(history)
      .when(approve(true, { id: SPECIALIST.id, role: 'credit-officer' }))
      .thenThrows('CREDIT_APPROVAL_FOUR_EYES');
    expect(error.kind).toBe('rule');
  });
  it('is not asked within the limit: the funds check is next', () => {
    const error = given([received(), sealVerified, quoted, accepted, withinLimit])
      .when(approve(true))
      .thenThrows('INSTRUCTION_OUT_OF_ORDER');
    expect(error.details).toMatchObject({ expected: 'funds-check' });
  });
});

describe('客户资金OK? and 准备交易确认单', () => {
  const checked = [received(), sealVerified, quoted, accepted, withinLimit];
  it('no: insufficient funds abort at the funds check', () => {
    given(checked)
      .when(checkFunds(false))
      .then([step('FundsChecked', { sufficient: false }), aborted('funds-check', 'insufficient-funds')]);
  });
  it('has no confirmation before the funds check', () => {
    const error = given(checked).when(confirm()).thenThrows('INSTRUCTION_OUT_OF_ORDER');
    expect(error.details).toMatchObject({ step: 'confirmation', expected: 'funds-check' });
  });
  it.each([
    ['written, within the limit', [received(), sealVerified, quoted, accepted, withinLimit, fundsOk], ID],
    [
      'written, over the limit and approved',
      [received(), sealVerified, quoted, accepted, overLimit, approved, fundsOk],
      ID,
    ],
    [
      'phone, within the limit',
      [received({ channel: 'phone' }), phoneVerified, quoted, accepted, withinLimit, fundsOk],
      ID,
    ],
    [
      'phone sell, over the limit and approved',
      [
        received({ channel: 'phone', side: 'sell', holdingId: 'H-9' }),
        phoneVerified,
        quoted,
        accepted,
        overLimit,
        approved,
        fundsOk,
      ],
      'H-9',
    ],
  ])('yes all the way (%s): the confirmation names the holding', (_path, history, holdingId) => {
    given(history)
      .when(confirm())
      .then([step('ConfirmationIssued', { confirmationNo: 'TC-2026-0001', holdingId })]);
  });
});

describe('after a confirmation or an abort', () => {
  const confirmed = step('ConfirmationIssued', { confirmationNo: 'TC-2026-0001', holdingId: ID });
  it.each([
    ['confirmed', [received(), sealVerified, quoted, accepted, withinLimit, fundsOk, confirmed]],
    [
      'aborted',
      [
        received(),
        step('SealMismatch', { specimenRef: null }),
        aborted('seal-verification', 'seal-mismatch'),
      ],
    ],
  ])('refuses every step once %s (409, expecting none)', (status, history) => {
    for (const next of [
      verifySeal(true),
      quote(),
      checkFunds(true),
      confirm(),
      command('AbortInstruction', { note: 'x' }),
    ]) {
      const error = given(history as InstructionEvent[])
        .when(next)
        .thenThrows('INSTRUCTION_OUT_OF_ORDER');
      expect(error.details).toMatchObject({ expected: null, status });
    }
  });
});

describe('aborting an open instruction', () => {
  it('records the client’s withdrawal at the step it waited for', () => {
    given([received(), sealVerified])
      .when(command('AbortInstruction', { note: 'client changed its mind' }))
      .then([
        step('InstructionAborted', { atStep: 'quote', reason: 'withdrawn', note: 'client changed its mind' }),
      ]);
  });
  it('times out at confirmBy, not a millisecond before (422 INSTRUCTION_NOT_DUE)', () => {
    const timeOut = (now: string) => command('TimeOutInstruction', {}, SYSTEM, now);
    given([received(), sealVerified])
      .when(timeOut('2026-03-03T08:59:59.999Z'))
      .thenThrows('INSTRUCTION_NOT_DUE');
    given([received(), sealVerified])
      .when(timeOut('2026-03-03T09:00:00.000Z'))
      .then([
        {
          type: 'InstructionAborted',
          schemaVersion: 1,
          data: { ...ids, at: '2026-03-03T09:00:00.000Z', atStep: 'quote', reason: 'timed-out' },
        },
      ]);
  });
  it('is not found before receipt', () => {
    given([]).when(checkFunds(true)).thenThrows('INSTRUCTION_NOT_FOUND');
  });
});
