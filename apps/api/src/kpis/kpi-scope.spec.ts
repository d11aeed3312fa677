import { ForbiddenException } from '@nestjs/common';
import type { Caller } from '../auth/roles';
import type { InvalidInput } from '../validation/validation.pipe';
import { kpiReadingOf } from './kpi-scope';

const rm: Caller = { id: 'rm-li', roles: ['relationship-manager'], actingRole: 'relationship-manager' };
const head: Caller = { id: 'head-pd', roles: ['branch-head'], branchId: 'b-pd', actingRole: 'branch-head' };
const auditor: Caller = { id: 'alice', roles: ['auditor'], actingRole: 'auditor' };

describe('kpiReadingOf', () => {
  it('gives a relationship manager its own figures, whatever it leaves out', () => {
    expect(kpiReadingOf(rm, {})).toEqual({
      kind: 'performance',
      groupBy: 'relationshipManager',
      relationshipManagerId: 'rm-li',
    });
  });

  it('refuses a relationship manager another manager’s or a branch’s figures', () => {
    expect(() => kpiReadingOf(rm, { relationshipManagerId: 'rm-wang' })).toThrow(ForbiddenException);
    expect(() => kpiReadingOf(rm, { groupBy: 'branch' })).toThrow(/^groupBy:/);
  });

  it('keeps a branch head to its branch, by branch unless it asks per manager', () => {
    expect(kpiReadingOf(head, {})).toEqual({ kind: 'performance', groupBy: 'branch', branchId: 'b-pd' });
    expect(kpiReadingOf(head, { groupBy: 'relationshipManager', relationshipManagerId: 'rm-li' })).toEqual({
      kind: 'performance',
      groupBy: 'relationshipManager',
      relationshipManagerId: 'rm-li',
      branchId: 'b-pd',
    });
    expect(() => kpiReadingOf(head, { branchId: 'b-xh' })).toThrow(/^branchId:/);
  });

  it('answers the bank’s history to the others without groupBy, and any group with it', () => {
    expect(kpiReadingOf(auditor, {})).toEqual({ kind: 'bank' });
    expect(kpiReadingOf(auditor, { groupBy: 'branch', branchId: 'b-xh' })).toEqual({
      kind: 'performance',
      groupBy: 'branch',
      branchId: 'b-xh',
    });
  });

  it('names the field a narrowing cannot apply to', () => {
    const field = (ask: Parameters<typeof kpiReadingOf>[1]) => {
      try {
        kpiReadingOf(auditor, ask);
      } catch (error) {
        return (error as InvalidInput).details[0]?.field;
      }
      return undefined;
    };
    expect(field({ groupBy: 'branch', relationshipManagerId: 'rm-li' })).toBe('relationshipManagerId');
    expect(field({ branchId: 'b1' })).toBe('branchId');
  });
});
