import type {
  AssignRelationshipManager,
  OffboardCustomer,
  OnboardCustomer,
  UpdateCustomerProfile,
} from '../commands/customer-command';
import type {
  CustomerOffboarded,
  CustomerOnboarded,
  CustomerProfileUpdated,
  RelationshipManagerAssigned,
} from '../events/customer.events';
import { CustomerAlreadyOnboarded, RelationshipManagerAlreadyAssigned } from '../errors/customer.errors';
import { optional } from '../json';
import { type Customer, type CustomerState, isOnboarded } from '../state/customer-state';
import { lowestTier } from '../tiers';
import { businessTime, calendarDate } from './guards';

export function onboardCustomer(command: OnboardCustomer, state: CustomerState): [CustomerOnboarded] {
  if (isOnboarded(state)) throw new CustomerAlreadyOnboarded(command.customerId);
  const { customerId, segment, name, idNumber, phone, branchId, relationshipManagerId } = command;
  const birthDate =
    command.birthDate === undefined ? undefined : calendarDate(command.birthDate, 'birthDate');
  return [
    {
      type: 'CustomerOnboarded',
      schemaVersion: 1,
      data: {
        customerId,
        segment,
        name,
        idNumber,
        phone,
        ...optional('email', command.email),
        ...optional('birthDate', birthDate),
        ...optional('occupation', command.occupation),
        ...optional('gender', command.gender),
        ...optional('education', command.education),
        ...optional('address', command.address),
        ...optional('expectedReturn', command.expectedReturn),
        ...optional('riskProfile', command.riskProfile),
        ...optional('preferredChannel', command.preferredChannel),
        ...(command.interests === undefined ? {} : { interests: [...command.interests] }),
        branchId,
        relationshipManagerId,
        consent: {
          marketing: command.consent?.marketing ?? false,
          ...(command.consent?.profiling === true && { profiling: true }),
        },
        tier: lowestTier(segment),
        onboardedAt: businessTime(command.onboardedAt, command.now, 'onboardedAt'),
      },
    },
  ];
}

const PROFILE_FIELDS = [
  'occupation',
  'phone',
  'email',
  'riskProfile',
  'preferredChannel',
  'interests',
  'gender',
  'education',
  'address',
  'expectedReturn',
] as const;

/** Records only what differs from the current profile; an update that changes nothing records nothing. */
export function updateProfile(command: UpdateCustomerProfile, customer: Customer): CustomerProfileUpdated[] {
  const changedFields = PROFILE_FIELDS.filter(
    (field) =>
      command[field] !== undefined &&
      JSON.stringify(command[field]) !== JSON.stringify(customer[field] ?? null),
  );
  if (changedFields.length === 0) return [];
  const changed = <F extends (typeof PROFILE_FIELDS)[number]>(field: F) =>
    optional(field, changedFields.includes(field) ? command[field] : undefined);
  return [
    {
      type: 'CustomerProfileUpdated',
      schemaVersion: 1,
      data: {
        customerId: customer.customerId,
        changedFields: [...changedFields],
        ...changed('occupation'),
        ...changed('phone'),
        ...changed('email'),
        ...changed('riskProfile'),
        ...changed('preferredChannel'),
        ...(changedFields.includes('interests') ? { interests: [...(command.interests ?? [])] } : {}),
        ...changed('gender'),
        ...changed('education'),
        ...changed('address'),
        ...changed('expectedReturn'),
        updatedAt: businessTime(undefined, command.now, 'now'),
      },
    },
  ];
}

export function assignRelationshipManager(
  command: AssignRelationshipManager,
  customer: Customer,
): [RelationshipManagerAssigned] {
  if (command.relationshipManagerId === customer.relationshipManagerId)
    throw new RelationshipManagerAlreadyAssigned(command.relationshipManagerId);
  return [
    {
      type: 'RelationshipManagerAssigned',
      schemaVersion: 1,
      data: {
        customerId: customer.customerId,
        relationshipManagerId: command.relationshipManagerId,
        previous: customer.relationshipManagerId,
        reason: command.reason,
        assignedAt: businessTime(command.assignedAt, command.now, 'assignedAt'),
      },
    },
  ];
}

export function offboardCustomer(command: OffboardCustomer, customer: Customer): [CustomerOffboarded] {
  return [
    {
      type: 'CustomerOffboarded',
      schemaVersion: 1,
      data: {
        customerId: customer.customerId,
        reason: command.reason,
        at: businessTime(command.at, command.now, 'at'),
      },
    },
  ];
}
