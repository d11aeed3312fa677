import {
  activeHoldingsInCny,
  addMonths,
  DAY_MS,
  isAssessmentValidAt,
  isOnboarded,
  LIABILITY_PRODUCT_TYPES,
  lookup,
  money,
  needsRiskAssessment,
  type ProductType,
} from '@ledger/domain';
import type { Action } from './agenda';
import { iso } from './business-time';
import type { CustomerAgent, Step } from './customer-agent';
import { pickProduct, type Product, productByCode } from './products';

/** New products a year after the first one; valuations by assets band; how often a maturity rolls over. */
const SUBSCRIPTIONS_PER_YEAR = { retail: 0.35, corporate: 0.6 } as const;
const ROLLOVER = 0.55;
const LARGE_MOVE = 0.04;

const yuan = (amount: number) => money(Math.max(0, Math.round(amount * 100)));

function band(agent: CustomerAgent): 'modest' | 'affluent' | 'corporate' {
  if (agent.segment === 'corporate') return 'corporate';
  return agent.wealth >= 300_000 ? 'affluent' : 'modest';
}

/** A subscription and, for a product with a term, its maturity (and often a reminder the day before). */
function subscription(agent: CustomerAgent, at: number, product: Product, principal: number): Step {
  const { rng } = agent;
  const holdingId = rng.contractNumber(product.productCode.split('-')[0]!, new Date(at).getUTCFullYear());
  const maturityDate =
    product.termMonths === undefined ? undefined : addMonths(iso(at), product.termMonths).slice(0, 10);
  if (maturityDate !== undefined) {
    const matures = Date.parse(maturityDate);
    agent.plan('mature', matures, { ref: holdingId });
    if (rng.chance(0.5)) agent.plan('maturity-reminder', matures - DAY_MS, { ref: holdingId });
  }
  return agent.command('SubscribeProduct', at, {
    holdingId,
    productCode: product.productCode,
    productType: product.productType,
    principal: yuan(principal),
    openedAt: iso(at),
    ...(maturityDate !== undefined && { maturityDate }),
  });
}

/**
 * Suitability: wealth, fund and insurance are sold only after a valid risk questionnaire, so the
 * manager records one first when the last is missing or expired. The level follows the band (no
 * draw from the generator, so every other choice of the seed stays as it was).
 */
function assessmentBefore(agent: CustomerAgent, at: number, product: Product): Step[] {
  if (!needsRiskAssessment(product.productType) || !isOnboarded(agent.state)) return [];
  const last = agent.state.riskAssessment;
  if (last !== null && isAssessmentValidAt(last, iso(saleTime(agent, at, product)))) return [];
  const level = { modest: 'C3', affluent: 'C4', corporate: 'C2' } as const;
  return [
    agent.command('AssessRiskProfile', at, {
      level: level[band(agent)],
      score: { modest: 48, affluent: 71, corporate: 35 }[band(agent)],
      questionnaireVersion: 'RQ-2024',
      assessedAt: iso(at),
    }),
  ];
}

/**
 * When a sale of `product` at `at` is recorded. The agenda may reach an action of the same day after
 * a later one; a questionnaire recorded that day after `at` then covers the sale, which is recorded
 * at the questionnaire's time (the decider would refuse a sale before its assessment).
 */
function saleTime(agent: CustomerAgent, at: number, product: Product): number {
  if (!needsRiskAssessment(product.productType) || !isOnboarded(agent.state)) return at;
  const last = agent.state.riskAssessment;
  if (last === null) return at;
  const assessedAt = Date.parse(last.assessedAt);
  return assessedAt > at && assessedAt - at < 86_400_000 ? assessedAt : at;
}

/**
 * Yuan of the last valuation not yet in active asset holdings: a purchase comes out of assets
 * the bank has valued, so holdings never exceed total financial assets (loans and cards are debts).
 */
function uninvested(agent: CustomerAgent, { productType }: { productType: ProductType }): number {
  if (LIABILITY_PRODUCT_TYPES.includes(productType)) return Number.POSITIVE_INFINITY;
  const customer = agent.customer;
  if (customer === null) return 0;
  const held = activeHoldingsInCny(customer).amountMinor;
  return Math.floor((customer.totalFinancialAssets.amountMinor - held) / 100);
}

export function subscribe(agent: CustomerAgent, action: Action): Step[] {
  const { rng } = agent;
  agent.planEvery('subscribe', action.at, SUBSCRIPTIONS_PER_YEAR[agent.segment]);
  const wanted = Math.max(1_000, Math.round((agent.wealth * rng.between(0.1, 0.5)) / 100) * 100);
  const product = pickProduct(rng, band(agent));
  const principal = Math.min(wanted, Math.floor(uninvested(agent, product) / 100) * 100);
  if (principal < 1_000) return []; // everything valued is already invested
  const at = saleTime(agent, action.at, product);
  return [...assessmentBefore(agent, action.at, product), subscription(agent, at, product, principal)];
}

/** Pays out principal plus interest; deposits and wealth products are often rolled into a new term. */
export function mature(agent: CustomerAgent, action: Action): Step[] {
  const holding =
    agent.customer && action.ref !== undefined ? lookup(agent.customer.holdings, action.ref) : undefined;
  if (holding === undefined || holding.status !== 'active') return [];
  const product = productByCode(holding.productCode);
  const principal = holding.principal.amountMinor / 100;
  const months = product?.termMonths ?? 12;
  const proceeds =
    holding.productType === 'loan' ? 0 : principal * (1 + ((product?.annualRate ?? 0) * months) / 12);
  const steps: Step[] = [];
  let rolledOverInto: string | undefined;
  // The renewal is bought after the maturity frees its principal (interest beyond the valued assets is paid out).
  const renewed = Math.min(proceeds, principal + Math.max(0, uninvested(agent, holding)));
  if (product !== undefined && holding.productType !== 'loan' && agent.rng.chance(ROLLOVER)) {
    const renewal = subscription(agent, saleTime(agent, action.at, product), product, renewed);
    rolledOverInto = (renewal.command as { holdingId: string }).holdingId;
    steps.push(...assessmentBefore(agent, action.at, product), renewal);
  }
  const body = { holdingId: holding.holdingId, proceeds: yuan(proceeds), maturedAt: iso(action.at) };
  return [
    agent.command('RecordMaturity', action.at, {
      ...body,
      ...(rolledOverInto !== undefined && { rolledOverInto }),
    }),
    ...steps,
  ];
}

/** Assets drift a little between valuations and now and then jump (a large movement). */
export function revalue(agent: CustomerAgent, action: Action): Step[] {
  const { rng } = agent;
  const jump = rng.chance(LARGE_MOVE)
    ? rng.chance(0.5)
      ? rng.between(1.6, 2.8)
      : rng.between(0.35, 0.65)
    : 1;
  agent.wealth = agent.wealth * jump * Math.exp(rng.normal(0.02, 0.12));
  // Products are part of the assets: a valuation never shows less than the active holdings.
  const held = agent.customer === null ? 0 : activeHoldingsInCny(agent.customer).amountMinor / 100;
  if (agent.wealth < held) agent.wealth = held * rng.between(1.02, 1.3);
  const interval = agent.wealth >= 100_000 ? rng.int(180, 300) : rng.int(330, 480);
  agent.plan('valuation', action.at + interval * DAY_MS);
  return [
    agent.command('RevalueAssets', action.at, {
      totalFinancialAssets: yuan(agent.wealth),
      asOf: iso(action.at),
    }),
  ];
}

/** A corporate customer's revenue to the bank for the previous year, recorded each spring. */
export function recordContribution(agent: CustomerAgent, action: Action): Step[] {
  const { rng } = agent;
  const year = new Date(action.at).getUTCFullYear() - 1;
  agent.plan('contribution', Date.UTC(year + 2, 2, rng.int(5, 28)));
  if (rng.chance(0.7)) agent.plan('open-review', action.at + rng.int(5, 25) * DAY_MS);
  return [
    agent.command('RecordContribution', action.at, {
      year,
      contribution: yuan(Math.exp(rng.normal(Math.log(3_000_000), 1.1))),
      departmentsEngaged: Number(rng.weighted({ 1: 35, 2: 30, 3: 20, 4: 10, 5: 5 })),
      growthRate: Math.max(-0.5, Math.round(rng.normal(0.08, 0.12) * 1000) / 1000),
      recordedAt: iso(action.at),
    }),
  ];
}
