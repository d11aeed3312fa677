import type { CorporatePoints, SpecialBackground, TierCriteria } from '@ledger/domain';
import { toWireMoney, type WireMoney } from '../shared/wire-money';

/** The criteria snapshot with its money as the API writes money. */
export type WireTierCriteria =
  | { scheme: 'retail'; totalFinancialAssets: WireMoney }
  | {
      scheme: 'corporate';
      year: number;
      contribution: WireMoney;
      departmentsEngaged: number;
      growthRate: number;
      specialBackground: SpecialBackground;
      points: CorporatePoints;
    };

export function criteriaOnTheWire(criteria: TierCriteria): WireTierCriteria {
  return criteria.scheme === 'retail'
    ? { scheme: 'retail', totalFinancialAssets: toWireMoney(criteria.totalFinancialAssets) }
    : { ...criteria, contribution: toWireMoney(criteria.contribution) };
}
