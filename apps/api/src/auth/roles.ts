import { SetMetadata } from '@nestjs/common';

export const ROLES = [
  'relationship-manager',
  'branch-head',
  'call-center',
  'committee-member',
  'auditor',
  'downstream-service',
  /** Plans, launches and closes campaigns; reads their targets and results (issue 16). */
  'campaign-manager',
  'product-manager',
  /** Takes and checks clients' dealing instructions, step by step (理财专家, issue 18). */
  'wealth-specialist',
  /** Grants credit facilities and approves instructions over the limit (issue 18). */
  'credit-officer',
  'admin',
] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** The caller, from a verified bearer token: `sub` is the actor recorded in event metadata. */
export interface Caller {
  id: string;
  roles: Role[];
  /** The branch of a branch head (token claim `branchId`): the customers and worklists it reads. */
  branchId?: string;
  /** The caller's first role that the route admits: recorded as the actor's role. */
  actingRole?: Role;
}

export const ROLES_KEY = 'ledger:roles';
export const PUBLIC_KEY = 'ledger:public';

/** The roles a route admits. A route with neither @Admits nor @Public is refused to everyone. */
export const Admits = (...roles: Role[]): MethodDecorator & ClassDecorator => SetMetadata(ROLES_KEY, roles);

/** Health, metrics, docs and the event catalog need no token. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(PUBLIC_KEY, true);
