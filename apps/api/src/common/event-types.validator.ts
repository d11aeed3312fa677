import { ValidateBy, type ValidationOptions } from 'class-validator';
import { CUSTOMER_EVENT_TYPES, PUBLISHED_EVENT_TYPES } from '@ledger/domain';

/** `?types=A,B` split into names, empty entries dropped. */
export function eventTypesOf(list: string | undefined): string[] | undefined {
  return list?.split(',').filter((type) => type !== '');
}

/** A customer's event types (the history route reads one customer's stream). */
export function IsCustomerEventTypeList(options?: ValidationOptions): PropertyDecorator {
  return IsEventTypeListOf(CUSTOMER_EVENT_TYPES, options);
}

/** The event types of the published stream categories (the downstream feed). */
export function IsPublishedEventTypeList(options?: ValidationOptions): PropertyDecorator {
  return IsEventTypeListOf(PUBLISHED_EVENT_TYPES, options);
}

/**
 * A comma-separated list of event types from `known`: a name outside it is a 400 naming it, never
 * a filter that silently matches nothing.
 */
function IsEventTypeListOf(known: readonly string[], options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isEventTypeList',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && unknownTypes(value, known).length === 0,
        defaultMessage: (args) => {
          const value: unknown = args?.value;
          if (typeof value !== 'string')
            return `${args?.property ?? 'types'} must be comma-separated event types`;
          const unknown = unknownTypes(value, known);
          return `unknown event type${unknown.length === 1 ? '' : 's'} ${unknown.map((type) => `"${type}"`).join(', ')}: one of ${known.join(', ')}`;
        },
      },
    },
    options,
  );
}

function unknownTypes(list: string, known: readonly string[]): string[] {
  const types = eventTypesOf(list) ?? [];
  if (types.length === 0) return [list];
  return types.filter((type) => !known.includes(type));
}
