import { type Money, publishedMoney, type PublishedMoney } from '@ledger/domain';

/** Money as the API writes it: a decimal string and an ISO 4217 code (events hold minor units). */
export type WireMoney = PublishedMoney;

/** 25000050 → "250000.50": the one published money shape (ADR 0033). */
export function toWireMoney(money: Money): WireMoney {
  return publishedMoney(money);
}
