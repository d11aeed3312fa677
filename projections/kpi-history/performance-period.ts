import type { WireMoney } from '../shared/wire-money';
import type { Granularity } from './kpi-periods';

export const GROUP_BYS = ['relationshipManager', 'branch'] as const;
export type GroupBy = (typeof GROUP_BYS)[number];

/** Progress towards one configured branch target in the period; share = actual / target. */
export interface TargetProgress<T> {
  target: T;
  actual: T;
  share: number | null;
}

/**
 * The group's opportunities opened in the period (in the reporting currency), from the opportunity
 * pipeline read model: how many opened, those still open by stage, conversions (won) and their
 * converted amount (the matched holdings' principal), and those lost.
 */
export interface OpportunityPipelineFigures {
  opened: number;
  byStage: Record<string, number>;
  conversions: number;
  convertedAmount: WireMoney;
  lost: number;
}

/**
 * One relationship manager's or branch's figures for one period (ADR 0020). Stocks (customers,
 * assets, penetration, overdue) are of the book as it stood at the end of the period's last day (at
 * its start: the end of the day before); flows are what happened within the period while the
 * customer was in the group's book. A ratio whose denominator is zero is null.
 */
export interface PerformancePeriod {
  groupBy: GroupBy;
  /** The relationship manager's id or the branch's id. */
  group: string;
  granularity: Granularity;
  period: string;
  from: string;
  to: string;
  customersAtStart: number;
  customers: number;
  contacts: {
    /** Contacts logged on the book's customers (by anyone: a call-center call serves the book too). */
    made: number;
    /** Routine contacts the cadence policy made due within the period: one per contact cycle. */
    due: number;
    /** made / due. */
    madeToDue: number | null;
    /** Customers whose cadence contact was overdue at the end of the period (or today, if earlier). */
    overdue: number;
  };
  bookAssets: { atStart: WireMoney; atEnd: WireMoney; growth: WireMoney; growthRate: number | null };
  /** 理财: customers holding a wealth or fund product, and their share of the book. */
  wealthPenetration: { holders: number; share: number | null };
  /** 贷款: customers holding a loan or a credit card, and their share of the book. */
  lendingPenetration: { holders: number; share: number | null };
  /** Sold in the period: deposit and time-deposit principal, credit cards issued. */
  sales: { deposits: WireMoney; creditCardsIssued: number };
  /**
   * groupBy=branch, when the policies configure a target for the branch and this period label.
   * Payroll volume has a target but no actual: no event records payroll yet.
   */
  targets?: {
    deposits: TargetProgress<WireMoney>;
    cardsIssued: TargetProgress<number>;
    payrollVolume: { target: WireMoney };
  };
  opportunities?: OpportunityPipelineFigures;
}
