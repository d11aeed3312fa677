import { given } from '../../test/decider-specification';
import { cny, command, CUSTOMER_ID, HOLDING_ID, onboarded, subscribed } from '../../test/fixtures';
import { DEFAULT_POLICIES, withPolicyOverrides } from '../policies';
import {
  CurrencyWithoutRate,
  HoldingAlreadyExists,
  HoldingAlreadyMatured,
  HoldingNotFound,
  InvalidAmount,
  MaturityBeforeOpening,
} from '../errors';

const subscribe = command('SubscribeProduct', {
  holdingId: HOLDING_ID,
  productCode: 'TD-12M-CNY',
  productType: 'time-deposit',
  principal: cny(250_000),
  openedAt: '2026-02-01T09:00:00Z',
  maturityDate: '2027-02-01',
});

const mature = command('RecordMaturity', {
  holdingId: HOLDING_ID,
  proceeds: cny(257_500),
  maturedAt: '2027-02-01T09:00:00Z',
  rolledOverInto: 'e5f6a7b8-0000-4000-8000-000000000002',
});

describe('subscribing a product', () => {
  describe('when onboarded', () => {
    it('records the holding with its principal in minor units', () => {
      given([onboarded()]).when(subscribe).then([subscribed()]);
    });

    it('keeps a maturity given as a full time as its UTC day', () => {
      const [event] = given([onboarded()])
        .when({ ...subscribe, maturityDate: '2027-02-01T10:00:00Z' })
        .events();
      expect(event?.data).toMatchObject({ maturityDate: '2027-02-01' });
    });

    it('omits the maturity of a product without a term', () => {
      const [event] = given([onboarded()])
        .when({ ...subscribe, productType: 'deposit', maturityDate: undefined })
        .events();
      expect(event?.data).not.toHaveProperty('maturityDate');
    });

    it.each([
      ['negative', -1],
      ['fractional', 10.5],
      ['not finite', Number.POSITIVE_INFINITY],
      ['not a number', Number.NaN],
      ['beyond the safe integers', Number.MAX_SAFE_INTEGER + 2],
    ])('refuses a %s principal', (_, amountMinor) => {
      given([onboarded()])
        .when({ ...subscribe, principal: { amountMinor, currency: 'CNY' } })
        .thenThrows(InvalidAmount);
    });

    it('refuses a currency that is not an ISO code', () => {
      given([onboarded()])
        .when({ ...subscribe, principal: { amountMinor: 100, currency: 'yuan' } })
        .thenThrows('INVALID_AMOUNT');
    });

    it('refuses a currency the rate table (currencyRates) has no rate for, naming it', () => {
      const error = given([onboarded()])
        .when({ ...subscribe, principal: { amountMinor: 100, currency: 'JPY' } })
        .thenThrows(CurrencyWithoutRate);
      expect(error.details).toEqual({ field: 'principal.currency', currency: 'JPY' });
    });

    it('accepts a currency the rate table has, and a configured table may add one', () => {
      given([onboarded()])
        .when({ ...subscribe, principal: { amountMinor: 100, currency: 'USD' } })
        .then([subscribed({ principal: { amountMinor: 100, currency: 'USD' } })]);
      const withYen = withPolicyOverrides(DEFAULT_POLICIES, {
        currencyRates: {
          rates: [
            { currency: 'CNY', toCny: 1 },
            { currency: 'JPY', toCny: 0.047 },
          ],
        },
      });
      given([onboarded()], withYen)
        .when({ ...subscribe, principal: { amountMinor: 100, currency: 'JPY' } })
        .then([subscribed({ principal: { amountMinor: 100, currency: 'JPY' } })]);
    });

    it('refuses a maturity before the holding opened', () => {
      given([onboarded()])
        .when({ ...subscribe, maturityDate: '2026-01-31' })
        .thenThrows(MaturityBeforeOpening);
    });
  });

  describe('when the holding exists', () => {
    it('refuses the same holding id twice', () => {
      given([onboarded(), subscribed()]).when(subscribe).thenThrows(HoldingAlreadyExists);
    });
  });
});

describe('recording a maturity', () => {
  describe('when onboarded without the holding', () => {
    it('refuses an unknown holding', () => {
      given([onboarded()]).when(mature).thenThrows(HoldingNotFound);
    });

    it('does not mistake an inherited property for a holding', () => {
      given([onboarded()])
        .when({ ...mature, holdingId: 'constructor' })
        .thenThrows(HoldingNotFound);
    });
  });

  describe('when the holding is active', () => {
    it('records the proceeds and the rollover', () => {
      given([onboarded(), subscribed()])
        .when(mature)
        .then([
          {
            type: 'ProductMatured',
            schemaVersion: 1,
            data: {
              customerId: CUSTOMER_ID,
              holdingId: HOLDING_ID,
              maturedAt: '2027-02-01T09:00:00.000Z',
              proceeds: cny(257_500),
              rolledOverInto: 'e5f6a7b8-0000-4000-8000-000000000002',
            },
          },
        ]);
    });

    it('refuses a maturity before the holding opened', () => {
      given([onboarded(), subscribed()])
        .when({ ...mature, maturedAt: '2026-01-31T09:00:00Z' })
        .thenThrows(MaturityBeforeOpening);
    });

    it('refuses negative proceeds', () => {
      given([onboarded(), subscribed()])
        .when({ ...mature, proceeds: cny(-1) })
        .thenThrows(InvalidAmount);
    });
  });

  describe('when the holding has matured', () => {
    it('refuses a second maturity', () => {
      const history = [
        onboarded(),
        subscribed(),
        ...given([onboarded(), subscribed()]).when(mature).events(),
      ];
      given(history).when(mature).thenThrows(HoldingAlreadyMatured);
    });
  });
});
