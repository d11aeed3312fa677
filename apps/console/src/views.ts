/** The API's answers as the console reads them: only the fields it shows. */
export interface Money {
  amount: string;
  currency: string;
}

export interface Customer360 {
  customerId: string;
  segment: string;
  name: string;
  idNumber: string;
  phone: string;
  tier: string;
  tierSince: string;
  relationshipManagerId: string;
  branchId: string;
  totalFinancialAssets: Money;
  holdings: {
    holdingId: string;
    productCode: string;
    principal: Money;
    status: string;
    maturityDate: string | null;
  }[];
  lastContactAt: string | null;
  nextContactDue: string | null;
  overdue: boolean;
  lifecycle: string;
  status: string;
  onboardedAt: string;
  revision: number;
}

export const money = (value: Money | undefined): string =>
  value === undefined ? '—' : `${value.amount} ${value.currency}`;

export const TIERS = ['', 'MASS', 'WEALTH', 'PRIVATE', 'STANDARD', 'KEY', 'STRATEGIC'] as const;
