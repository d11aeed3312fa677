import type { ReadStore } from '@ledger/read-store';
import { CUSTOMERS, type Customer360Document } from '../customer-360/customer-360.document';
import { RELATED_PARTIES, type RelatedPartyDocument } from './related-parties.documents';

export const PAYROLL_LINKAGE_GROUPS = ['corporate', 'branch'] as const;
export type PayrollLinkageGroupBy = (typeof PAYROLL_LINKAGE_GROUPS)[number];

/** 公私联动 for one corporate client or one branch (the corporate's branch), as the read models stand now. */
export type PayrollLinkage = {
  corporateId?: string;
  branchId: string;
  /** Active retail customers linked as payroll employees (each person once per group). */
  payrollEmployees: number;
  /** Of them, those holding at least one active product. */
  holdingAProduct: number;
  /** holdingAProduct / payrollEmployees; null without payroll employees. */
  penetration: number | null;
  /** Distinct products (product codes) of their active holdings, on average; null without payroll employees. */
  averageProducts: number | null;
};

type Employee = { personId: string; products: number };

/**
 * The payroll linkage KPI (ADR 0027): the payroll employees of active corporate clients who are
 * active retail customers, and their product penetration, joined at query time from the links and
 * the 360 documents.
 */
export async function payrollLinkage(
  reads: ReadStore,
  groupBy: PayrollLinkageGroupBy,
  branchId?: string,
): Promise<PayrollLinkage[]> {
  const links = await reads.find<RelatedPartyDocument>(RELATED_PARTIES, {
    linked: true,
    relation: 'payroll-employee',
  });
  const documents = await documentsOf(reads, [
    ...links.map((link) => link.corporateId),
    ...links.map((link) => link.personId),
  ]);
  const groups = new Map<
    string,
    { corporateId?: string; branchId: string; employees: Map<string, Employee> }
  >();
  for (const link of links) {
    const corporate = documents.get(link.corporateId)?.customer;
    const person = documents.get(link.personId)?.customer;
    if (corporate?.status !== 'active' || corporate.segment !== 'corporate') continue;
    if (person?.status !== 'active' || person.segment !== 'retail') continue;
    if (branchId !== undefined && corporate.branchId !== branchId) continue;
    const key = groupBy === 'corporate' ? link.corporateId : corporate.branchId;
    const group = groups.get(key) ?? {
      ...(groupBy === 'corporate' ? { corporateId: link.corporateId } : {}),
      branchId: corporate.branchId,
      employees: new Map<string, Employee>(),
    };
    const products = new Set(
      Object.values(person.holdings)
        .filter((holding) => holding.status === 'active')
        .map((holding) => holding.productCode),
    );
    group.employees.set(link.personId, { personId: link.personId, products: products.size });
    groups.set(key, group);
  }
  return [...groups.values()]
    .map(({ employees, ...group }) => figuresOf(group, [...employees.values()]))
    .sort(
      (a, b) =>
        a.branchId.localeCompare(b.branchId) || (a.corporateId ?? '').localeCompare(b.corporateId ?? ''),
    );
}

function figuresOf(group: { corporateId?: string; branchId: string }, employees: Employee[]): PayrollLinkage {
  const payrollEmployees = employees.length;
  const holdingAProduct = employees.filter((employee) => employee.products >= 1).length;
  const products = employees.reduce((sum, employee) => sum + employee.products, 0);
  return {
    ...group,
    payrollEmployees,
    holdingAProduct,
    penetration: payrollEmployees === 0 ? null : holdingAProduct / payrollEmployees,
    averageProducts: payrollEmployees === 0 ? null : products / payrollEmployees,
  };
}

async function documentsOf(reads: ReadStore, ids: string[]): Promise<Map<string, Customer360Document>> {
  if (ids.length === 0) return new Map();
  const documents = await reads.find<Customer360Document>(CUSTOMERS, { _id: { $in: [...new Set(ids)] } });
  return new Map(documents.map((document) => [document._id, document]));
}
