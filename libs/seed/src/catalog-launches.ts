import {
  decideProduct,
  initialProductState,
  money,
  PRODUCT_STREAM_PREFIX,
  productOccurredAtOf,
  type ProductRiskLevel,
} from '@ledger/domain';
import type { EventToAppend } from '@ledger/event-store';
import { iso } from './business-time';
import { Rng } from './prng';
import { catalogProducts } from './products';

/** The demo catalog's risk ratings: deposits and loans PR1, steady wealth PR2, balanced PR3, equity funds PR4. */
const RISK_LEVELS: Readonly<Record<string, ProductRiskLevel>> = {
  'WM-180D-STABLE': 'PR2',
  'WM-365D-BALANCED': 'PR3',
  'FD-CSI300-INDEX': 'PR4',
  'FD-BOND-PLUS': 'PR2',
  'INS-ANNUITY-10Y': 'PR2',
};

const PRODUCT_MANAGER = { id: 'pm-catalog', role: 'product-manager' };

/**
 * The demo's catalog as ProductLaunched events on `product-<code>` streams, on sale over the whole
 * seed period, decided by the product decider. Its own generator (stream index −1), so the
 * customers' draws stay as they were.
 */
export function catalogLaunches(
  seed: number,
  from: number,
  until: number,
): { stream: string; events: EventToAppend[] }[] {
  const rng = new Rng(seed, -1);
  return catalogProducts().map((product) => {
    const launched = decideProduct(
      {
        type: 'LaunchProduct',
        code: product.productCode,
        actor: PRODUCT_MANAGER,
        now: iso(from),
        name: product.productCode,
        productType: product.productType,
        riskLevel: RISK_LEVELS[product.productCode] ?? 'PR1',
        currency: 'CNY',
        minimumAmount: money(100_000),
        saleOpensOn: iso(from).slice(0, 10),
        saleClosesOn: iso(until).slice(0, 10),
        ...(product.termMonths !== undefined && { term: product.termMonths }),
        ...(product.annualRate > 0 && { expectedReturn: product.annualRate }),
      },
      initialProductState(),
    );
    const correlationId = rng.uuid();
    return {
      stream: `${PRODUCT_STREAM_PREFIX}${product.productCode}`,
      events: launched.map((event) => ({
        eventId: rng.uuid(),
        type: event.type,
        data: event.data,
        metadata: {
          schemaVersion: event.schemaVersion,
          occurredAt: productOccurredAtOf(event),
          actor: PRODUCT_MANAGER,
          $correlationId: correlationId,
          $causationId: correlationId,
        },
      })),
    };
  });
}
