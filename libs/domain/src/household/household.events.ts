/** A member's place in the household (家族服务). */
export const HOUSEHOLD_ROLES = ['head', 'spouse', 'child', 'parent', 'other'] as const;
export type HouseholdRole = (typeof HOUSEHOLD_ROLES)[number];

export type HouseholdFormed = {
  type: 'HouseholdFormed';
  schemaVersion: 1;
  data: { householdId: string; name: string; branchId: string; formedAt: string };
};

export type HouseholdMemberJoined = {
  type: 'HouseholdMemberJoined';
  schemaVersion: 1;
  data: { householdId: string; customerId: string; role: HouseholdRole; joinedAt: string };
};

export type HouseholdMemberLeft = {
  type: 'HouseholdMemberLeft';
  schemaVersion: 1;
  data: { householdId: string; customerId: string; reason: string; leftAt: string };
};

export type HouseholdEvent = HouseholdFormed | HouseholdMemberJoined | HouseholdMemberLeft;

export const HOUSEHOLD_EVENT_TYPES = [
  'HouseholdFormed',
  'HouseholdMemberJoined',
  'HouseholdMemberLeft',
] as const;

export function isHouseholdEventType(type: string): type is HouseholdEvent['type'] {
  return (HOUSEHOLD_EVENT_TYPES as readonly string[]).includes(type);
}

export function householdOccurredAtOf(event: HouseholdEvent): string {
  switch (event.type) {
    case 'HouseholdFormed':
      return event.data.formedAt;
    case 'HouseholdMemberJoined':
      return event.data.joinedAt;
    case 'HouseholdMemberLeft':
      return event.data.leftAt;
  }
}
