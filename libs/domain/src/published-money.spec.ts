import fc from 'fast-check';
import { publishedEventData, publishedMoney, storedEventData, storedMoney } from './published-money';

describe('the published money shape (ADR 0033)', () => {
  it('upcasts every stored money value, nested or signed, and leaves everything else alone', () => {
    const stored = {
      customerId: 'c-1',
      totalFinancialAssets: { amountMinor: 1_200_000_000, currency: 'CNY' },
      delta: { amountMinor: -5, currency: 'CNY' },
      criteria: { scheme: 'retail', totalFinancialAssets: { amountMinor: 0, currency: 'USD' } },
      largeMovement: false,
      thresholds: [{ amountMinor: 100, currency: 'CNY' }],
      notes: { $enc: 'v1', kid: 'k', iv: 'i', ct: 'c', tag: 't' },
    };
    expect(publishedEventData(stored)).toEqual({
      customerId: 'c-1',
      totalFinancialAssets: { amount: '12000000.00', currency: 'CNY' },
      delta: { amount: '-0.05', currency: 'CNY' },
      criteria: { scheme: 'retail', totalFinancialAssets: { amount: '0.00', currency: 'USD' } },
      largeMovement: false,
      thresholds: [{ amount: '1.00', currency: 'CNY' }],
      notes: { $enc: 'v1', kid: 'k', iv: 'i', ct: 'c', tag: 't' },
    });
    expect(stored.totalFinancialAssets).toEqual({ amountMinor: 1_200_000_000, currency: 'CNY' });
  });

  it('is idempotent: published data read again stays published', () => {
    const published = publishedEventData({ principal: { amountMinor: 30_000_000, currency: 'CNY' } });
    expect(publishedEventData(published)).toEqual(published);
  });

  it('is not fooled by objects that only look like money', () => {
    const data = { a: { amountMinor: 1.5, currency: 'CNY' }, b: { amountMinor: 1, currency: 'CNY', fen: 1 } };
    expect(publishedEventData(data)).toEqual(data);
  });

  it('gives the stored form back exactly, so an outside verifier hashes the stored bytes', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), fc.constantFrom('CNY', 'USD', 'HKD'), (amountMinor, currency) => {
        const money = { amountMinor, currency };
        expect(storedMoney(publishedMoney(money))).toEqual(money);
        expect(storedEventData(publishedEventData({ x: [money] }))).toEqual({ x: [money] });
      }),
    );
  });
});
