import type { Actor } from '../actor';
import type { HouseholdRole } from './household.events';

/**
 * What the api knows of a customer joining, loaded from the customer's own stream and from the
 * register of memberships; null when no customer of that id was ever onboarded.
 */
export type MemberFacts = {
  customerId: string;
  active: boolean;
  /** The household the customer is a member of now, if any. */
  householdId: string | null;
};

type ByActor = { householdId: string; actor: Actor; now: string };

export type FormHousehold = ByActor & {
  type: 'FormHousehold';
  name: string;
  branchId: string;
  formedAt?: string;
};

export type JoinHousehold = ByActor & {
  type: 'JoinHousehold';
  customerId: string;
  role: HouseholdRole;
  customer: MemberFacts | null;
  joinedAt?: string;
};

export type LeaveHousehold = ByActor & {
  type: 'LeaveHousehold';
  customerId: string;
  reason: string;
  leftAt?: string;
};

export type HouseholdCommand = FormHousehold | JoinHousehold | LeaveHousehold;
