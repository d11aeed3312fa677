import { DEFAULT_POLICIES } from '@ledger/domain';
import { foldEvents } from '../shared/test/fold-events';
import { CUSTOMERS, type Customer360Document } from './customer-360.document';
import { customer360Projection } from './customer-360.projection';
import { maskCustomer360, maskIdentifier, maskName } from './masking';
import { present } from './present';
import { ANNA, at, BAO, threeCustomers } from './test/scenario';

const documents = foldEvents(customer360Projection(DEFAULT_POLICIES), threeCustomers().events)[
  CUSTOMERS
] as Record<string, Customer360Document>;
const anna = present(documents[ANNA]!, at('2026-03-10'), DEFAULT_POLICIES);
const identifiers = (roles: string | string[]) => {
  const { idNumber, phone } = maskCustomer360(anna, roles);
  return { idNumber, phone };
};

describe('maskCustomer360', () => {
  it.each([
    ['admin', '110101199003071234', '+8613800138000'],
    ['auditor', '110101199003071234', '+8613800138000'],
    ['relationship-manager', '****1234', '+8613800138000'],
    ['call-center', '****1234', '****8000'],
    ['committee-member', '****1234', '****8000'],
    ['downstream-service', '****1234', '****8000'],
    ['someone-new', '****1234', '****8000'],
  ])('%s sees idNumber %s and phone %s', (role, idNumber, phone) => {
    expect(identifiers(role)).toEqual({ idNumber, phone });
  });

  it('shows a field in full when any of the caller’s roles may see it', () => {
    expect(identifiers(['call-center', 'relationship-manager'])).toEqual({
      idNumber: '****1234',
      phone: '+8613800138000',
    });
    expect(identifiers(['call-center', 'auditor'])).toEqual({
      idNumber: '110101199003071234',
      phone: '+8613800138000',
    });
  });

  it('changes nothing else, and leaves the caller’s view untouched', () => {
    const masked = maskCustomer360(anna, 'call-center');
    expect({ ...masked, idNumber: anna.idNumber, phone: anna.phone }).toEqual(anna);
    expect(anna.phone).toBe('+8613800138000');
  });

  it('keeps the erasure marker readable and hides short values entirely', () => {
    const bao = maskCustomer360(present(documents[BAO]!, at('2031-03-01'), DEFAULT_POLICIES), 'call-center');
    expect({ idNumber: bao.idNumber, phone: bao.phone }).toEqual({ idNumber: '[erased]', phone: '[erased]' });
    expect(maskIdentifier('1234')).toBe('****');
  });

  describe("other customers' names (household members, related parties)", () => {
    const connected = {
      ...anna,
      household: {
        householdId: 'h1',
        name: '王家',
        role: 'head' as const,
        members: [
          { customerId: ANNA, role: 'head' as const, name: anna.name },
          { customerId: 'c-2', role: 'spouse' as const, name: '陈静' },
        ],
        aum: { amount: '0.00', currency: 'CNY' },
      },
      relatedParties: [
        {
          corporateId: 'corp-1',
          personId: ANNA,
          relation: 'payroll-employee' as const,
          linkedAt: at('2026-03-01'),
          counterpartyId: 'corp-1',
          name: '上海星河科技有限公司',
        },
      ],
    };
    const names = (roles: string | string[]) => {
      const masked = maskCustomer360(connected, roles);
      return [...(masked.household?.members ?? []), ...masked.relatedParties].map((entry) => entry.name);
    };

    it.each(['admin', 'auditor', 'relationship-manager', 'call-center'])('%s reads them in full', (role) => {
      expect(names(role)).toEqual([anna.name, '陈静', '上海星河科技有限公司']);
    });

    it.each(['committee-member', 'branch-head', 'someone-new'])(
      '%s reads only their first character, the viewed customer’s own entry as its name',
      (role) => {
        expect(names(role)).toEqual([anna.name, '陈*', '上*********']);
      },
    );

    it('keeps the erasure marker and masks a one-character name', () => {
      expect(maskName('[erased]')).toBe('[erased]');
      expect(maskName('王')).toBe('王*');
    });
  });
});
