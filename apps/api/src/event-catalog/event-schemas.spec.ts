import { catalog } from './test/catalog-ajv';
import { sample, SAMPLED_TYPES as TYPES, valid, withField } from './test/samples';

describe('the event schemas refuse garbage', () => {
  it.each(TYPES)('%s: accepts the sample, refuses it without any one required field', (type) => {
    expect(valid(type, sample(type))).toBe(true);
    const required = (catalog.schema(type)?.['required'] ?? []) as string[];
    expect(required.length).toBeGreaterThan(0);
    for (const field of required) {
      const { [field]: _removed, ...rest } = sample(type);
      expect({ field, valid: valid(type, rest) }).toEqual({ field, valid: false });
    }
  });

  it.each(TYPES)('%s: refuses a field the contract does not know', (type) => {
    expect(valid(type, withField(type, 'customerID', 'typo'))).toBe(type === 'CustomerDataAccessed');
    expect(valid(type, withField(type, 'customerId', 42))).toBe(false);
  });

  it.each([
    ['CustomerOnboarded', 'segment', 'private-banking'],
    ['CustomerOnboarded', 'tier', 'GOLD'],
    ['CustomerProfileUpdated', 'riskProfile', 'reckless'],
    ['ProductSubscribed', 'productType', 'stock'],
    ['ContactLogged', 'channel', 'fax'],
    ['ContactLogged', 'priority', 4],
    ['ContactLogged', 'priority', '1'],
    ['ContactLogged', 'holdingId', 'TD 2026/000123'],
    ['ProductSubscribed', 'holdingId', ''],
    ['ProductSubscribed', 'holdingId', 'x'.repeat(65)],
    ['ProductMatured', 'rolledOverInto', 'TD#1'],
    ['ServiceRequestOpened', 'kind', 'praise'],
    ['ServiceRequestOpened', 'channel', 'carrier-pigeon'],
    ['TierReassessed', 'toTier', 'platinum'],
    ['TierReviewOpened', 'scheme', 'sme'],
    ['CustomerDataAccessed', 'view', 'everything'],
    ['CustomerDataAccessed', 'role', 'intern'],
  ])('%s: refuses %s = %j', (type, field, value) => {
    expect(valid(type, withField(type, field, value))).toBe(false);
  });

  it.each([
    ['ProductSubscribed', 'principal'],
    ['ProductMatured', 'proceeds'],
    ['AssetsRevalued', 'totalFinancialAssets'],
    ['AssetsRevalued', 'previous'],
    ['ContributionRecorded', 'contribution'],
  ])('%s: refuses a negative, fractional, stored-form or currency-less %s', (type, field) => {
    expect(valid(type, withField(type, field, { amount: '100.00', currency: 'CNY' }))).toBe(true);
    expect(valid(type, withField(type, field, { amount: '-0.01', currency: 'CNY' }))).toBe(false);
    expect(valid(type, withField(type, field, { amount: '0.005', currency: 'CNY' }))).toBe(false);
    expect(valid(type, withField(type, field, { amount: '100', currency: 'CNY' }))).toBe(false);
    expect(valid(type, withField(type, field, { amount: 100, currency: 'CNY' }))).toBe(false);
    expect(valid(type, withField(type, field, { amount: '100.00', currency: 'cny' }))).toBe(false);
    expect(valid(type, withField(type, field, { amount: '100.00' }))).toBe(false);
    expect(valid(type, withField(type, field, { amount: '100.00', currency: 'CNY', fen: 1 }))).toBe(false);
    // The stored form never leaves the ledger: one money shape for subscribers (ADR 0033).
    expect(valid(type, withField(type, field, { amountMinor: 10000, currency: 'CNY' }))).toBe(false);
  });

  it('accepts a core-banking contract number as a holding id', () => {
    const id = 'TD-2026-000123';
    expect(valid('ProductSubscribed', withField('ProductSubscribed', 'holdingId', id))).toBe(true);
    expect(valid('ContactLogged', withField('ContactLogged', 'holdingId', id))).toBe(true);
  });

  it('accepts a negative delta (a fall)', () => {
    expect(
      valid('AssetsRevalued', withField('AssetsRevalued', 'delta', { amount: '-0.01', currency: 'CNY' })),
    ).toBe(true);
  });

  it('refuses times and dates that are not ISO 8601, and criteria of the wrong scheme', () => {
    expect(valid('CustomerOffboarded', withField('CustomerOffboarded', 'at', '30/11/2026'))).toBe(false);
    expect(valid('ProductSubscribed', withField('ProductSubscribed', 'maturityDate', '2027-02-30'))).toBe(
      false,
    );
    const opened = sample('TierReviewOpened');
    const criteria = { scheme: 'corporate', totalFinancialAssets: { amount: '0.01', currency: 'CNY' } };
    expect(valid('TierReviewOpened', { ...opened, criteria })).toBe(false);
  });
});

describe('ContactLogged naming a campaign (an additive field, still schema version 1)', () => {
  const campaign = { campaignId: '5e0c1d2a-3b4c-4d5e-8f60-718293a4b5c6', response: 'interested' };
  it('accepts the campaign and its response, refuses an unknown response or a missing id', () => {
    expect(valid('ContactLogged', withField('ContactLogged', 'campaign', campaign))).toBe(true);
    expect(
      valid('ContactLogged', withField('ContactLogged', 'campaign', { ...campaign, response: 'maybe' })),
    ).toBe(false);
    expect(valid('ContactLogged', withField('ContactLogged', 'campaign', { response: 'declined' }))).toBe(
      false,
    );
  });
});
