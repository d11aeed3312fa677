import type { Customer } from '../state/customer-state';
import { toIso, toMs } from '../time';
import { daysAfter, type FlagWindow, OPEN_END } from './mining-flag';
import { SERVICE_SLA_POLICY, type ServiceSlaPolicy, serviceRequestDeadlines } from './service-sla.policy';

/**
 * Seed 002 逃跑客户: assets down by a fraction within a window, a maturity whose proceeds left
 * the bank, several products closed within the window, or a complaint past its SLA.
 */
export type FlightRiskPolicy = {
  policyVersion: string;
  /** A fall of at least this fraction of the assets before it (inclusive). */
  assetsDropFraction: number;
  withinDays: number;
  /** This many holdings paid out at maturity (inclusive) inside `withinDays` of each other. */
  productsClosed: number;
};

export const FLIGHT_RISK_POLICY: FlightRiskPolicy = {
  policyVersion: 'flight-risk/v1',
  assetsDropFraction: 0.3,
  withinDays: 90,
  productsClosed: 2,
};

export function flightRiskWindows(
  customer: Customer,
  policy = FLIGHT_RISK_POLICY,
  sla: ServiceSlaPolicy = SERVICE_SLA_POLICY,
): FlagWindow[] {
  if (customer.status !== 'active') return [];
  const rule = (name: string) => `${policy.policyVersion}/${name}`;
  const windows: FlagWindow[] = [];
  const drop = assetsDrop(customer);
  if (drop !== null && drop.fraction >= policy.assetsDropFraction) {
    windows.push({
      flag: 'flight-risk',
      rule: rule('assets-drop'),
      from: drop.asOf,
      until: daysAfter(drop.asOf, policy.withinDays),
      inputs: { dropMinor: drop.dropMinor, assetsBeforeMinor: drop.beforeMinor, droppedAt: drop.asOf },
    });
  }
  const matured = Object.values(customer.holdings)
    .filter((holding) => holding.maturedAt !== null)
    .sort((a, b) => toMs(a.maturedAt!) - toMs(b.maturedAt!));
  // Proceeds that rolled into a new holding stayed: only a maturity paid out closes a product.
  const closed = matured.filter((holding) => holding.rolledOverInto === null);
  for (const holding of closed) {
    windows.push({
      flag: 'flight-risk',
      rule: rule('proceeds-left'),
      from: holding.maturedAt!,
      until: daysAfter(holding.maturedAt!, policy.withinDays),
      inputs: {
        holdingId: holding.holdingId,
        maturedAt: holding.maturedAt,
        proceedsMinor: holding.proceeds?.amountMinor ?? null,
      },
    });
  }
  // n closures inside the window: from the n-th closure until the first of them leaves the window.
  const n = policy.productsClosed;
  for (let i = 0; i + n - 1 < closed.length; i++) {
    const first = closed[i]!.maturedAt!;
    const last = closed[i + n - 1]!.maturedAt!;
    const until = daysAfter(first, policy.withinDays);
    if (toMs(last) >= toMs(until)) continue;
    windows.push({
      flag: 'flight-risk',
      rule: rule('products-closed'),
      from: last,
      until,
      inputs: { productsClosed: n, firstClosedAt: first, lastClosedAt: last },
    });
  }
  for (const request of Object.values(customer.serviceRequests)) {
    if (request.kind !== 'complaint' || request.status !== 'open') continue;
    // serviceRequestSla: breached once `now` is past resolveBy, not on it.
    const { resolveBy } = serviceRequestDeadlines(request.openedAt, sla);
    windows.push({
      flag: 'flight-risk',
      rule: rule('complaint-past-sla'),
      from: toIso(toMs(resolveBy) + 1),
      until: OPEN_END,
      inputs: { requestId: request.requestId, resolveBy },
    });
  }
  return windows;
}

type AssetsDrop = { asOf: string; dropMinor: number; beforeMinor: number; fraction: number };

/**
 * The fall the last large movement recorded, while it is still the latest valuation: the state
 * keeps no valuation history, so a drop spread over several small valuations is not seen (ADR 0023).
 */
function assetsDrop(customer: Customer): AssetsDrop | null {
  const movement = customer.lastLargeMovement;
  if (movement === null || movement.deltaMinor >= 0 || customer.lastValuationAt !== movement.asOf)
    return null;
  const dropMinor = -movement.deltaMinor;
  const beforeMinor = customer.totalFinancialAssets.amountMinor + dropMinor;
  if (beforeMinor <= 0) return null;
  return { asOf: movement.asOf, dropMinor, beforeMinor, fraction: dropMinor / beforeMinor };
}
