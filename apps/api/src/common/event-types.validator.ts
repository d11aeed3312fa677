import { ValidateBy, type ValidationOptions } from 'class-validator';
import { CUSTOMER_EVENT_TYPES } from '@ledger/domain';

/** `?types=A,B` split into names, empty entries dropped. */
export function eventTypesOf(list: string | undefined): string[] | undefined {
  return list?.split(',').filter((type) => type !== '');
}

/**
 * A comma-separated list of customer event types: a name the catalog does not publish is a 400
 * naming it, never a filter that silently matches nothing.
 */
export function IsCustomerEventTypeList(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCustomerEventTypeList',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && unknownTypes(value).length === 0,
        defaultMessage: (args) => {
          const value: unknown = args?.value;
          if (typeof value !== 'string')
            return `${args?.property ?? 'types'} must be comma-separated event types`;
          const unknown = unknownTypes(value);
          return `unknown event type${unknown.length === 1 ? '' : 's'} ${unknown.map((type) => `"${type}"`).join(', ')}: one of ${CUSTOMER_EVENT_TYPES.join(', ')}`;
        },
      },
    },
    options,
  );
}

function unknownTypes(list: string): string[] {
  const types = eventTypesOf(list) ?? [];
  if (types.length === 0) return [list];
  return types.filter((type) => !(CUSTOMER_EVENT_TYPES as readonly string[]).includes(type));
}
