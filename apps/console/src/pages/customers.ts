import { get, type Page } from '../api';
import { el, field, formValues, input, replace, select, table } from '../dom';
import { hasRole, type Session } from '../session';
import { type Customer360, money, TIERS } from '../views';

/** The customers in the caller's scope, as the API masks them for the caller's roles. */
export async function renderCustomers(page: HTMLElement, session: Session): Promise<void> {
  const results = el('div');
  const form = el(
    'form',
    {
      class: 'filters',
      'data-testid': 'customer-filters',
      onsubmit: (event: Event) => {
        event.preventDefault();
        void show(formValues(form));
      },
    },
    field('Segment', select('segment', ['', 'retail', 'corporate'])),
    field('Tier', select('tier', TIERS)),
    field('Relationship manager', input('relationshipManagerId', '', 'rm-li')),
    el('button', { type: 'submit' }, 'Filter'),
  );
  const auditor = hasRole(session, 'auditor', 'admin');
  async function show(filters: Record<string, string>): Promise<void> {
    const customers = await get<Page<Customer360>>('/customers', { ...filters, limit: 100 });
    replace(
      results,
      el('p', {}, `${customers.total} customers`),
      table(
        'customers',
        ['Name', 'Segment', 'Tier', 'Phone', 'ID number', 'Manager', 'Branch', 'Assets', ''],
        customers.items.map((customer) => [
          el('a', { href: `#/customer/${customer.customerId}` }, customer.name),
          customer.segment,
          customer.tier,
          el('span', { 'data-testid': 'phone' }, customer.phone),
          el('span', { 'data-testid': 'id-number' }, customer.idNumber),
          customer.relationshipManagerId,
          customer.branchId,
          money(customer.totalFinancialAssets),
          auditor ? el('a', { href: `#/timeline/${customer.customerId}` }, 'Timeline') : '',
        ]),
      ),
    );
  }
  replace(page, el('h1', {}, 'Customers'), form, results);
  await show({});
}
