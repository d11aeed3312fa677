import { assertNever } from '../assert-never';
import { businessTime } from '../decide/guards';
import {
  AlreadyInHousehold,
  HouseholdAlreadyFormed,
  HouseholdNotFound,
  MemberNotActive,
  NotAHouseholdMember,
} from '../errors/household.errors';
import type { FormHousehold, HouseholdCommand, JoinHousehold, LeaveHousehold } from './household.commands';
import type { HouseholdEvent } from './household.events';
import { type HouseholdState, isFormed } from './household.state';

export function decideHousehold(command: HouseholdCommand, state: HouseholdState): HouseholdEvent[] {
  switch (command.type) {
    case 'FormHousehold':
      return form(command, state);
    case 'JoinHousehold':
      return join(command, state);
    case 'LeaveHousehold':
      return leave(command, state);
    default:
      return assertNever(command);
  }
}

function form(command: FormHousehold, state: HouseholdState): HouseholdEvent[] {
  if (isFormed(state)) throw new HouseholdAlreadyFormed(command.householdId);
  const { householdId, name, branchId } = command;
  const formedAt = businessTime(command.formedAt, command.now, 'formedAt');
  return [{ type: 'HouseholdFormed', schemaVersion: 1, data: { householdId, name, branchId, formedAt } }];
}

function join(command: JoinHousehold, state: HouseholdState): HouseholdEvent[] {
  if (!isFormed(state)) throw new HouseholdNotFound(command.householdId);
  const { householdId, customerId, role, customer } = command;
  if (customer === null || customer.customerId !== customerId)
    throw new MemberNotActive(customerId, 'unknown');
  if (!customer.active) throw new MemberNotActive(customerId, 'offboarded');
  // A member of this household already: the same role is a retry, another role a conflict.
  const current = state.members[customerId];
  if (current === role) return [];
  if (current !== undefined) throw new AlreadyInHousehold(customerId, householdId);
  if (customer.householdId !== null && customer.householdId !== householdId)
    throw new AlreadyInHousehold(customerId, customer.householdId);
  const joinedAt = businessTime(command.joinedAt, command.now, 'joinedAt');
  return [
    { type: 'HouseholdMemberJoined', schemaVersion: 1, data: { householdId, customerId, role, joinedAt } },
  ];
}

function leave(command: LeaveHousehold, state: HouseholdState): HouseholdEvent[] {
  if (!isFormed(state)) throw new HouseholdNotFound(command.householdId);
  const { householdId, customerId, reason } = command;
  if (state.members[customerId] === undefined) throw new NotAHouseholdMember(customerId, householdId);
  const leftAt = businessTime(command.leftAt, command.now, 'leftAt');
  return [
    { type: 'HouseholdMemberLeft', schemaVersion: 1, data: { householdId, customerId, reason, leftAt } },
  ];
}
