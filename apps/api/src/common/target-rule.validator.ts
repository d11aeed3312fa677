import { ValidateBy, type ValidationOptions } from 'class-validator';
import { parseTargetRule, TargetRuleError } from '@ledger/domain';

/** The rule language's own validation, as a DTO constraint: the 400 names the bad term's path. */
export function IsTargetRule(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isTargetRule',
      validator: {
        validate: (value: unknown) => problemOf(value) === null,
        defaultMessage: (args) => problemOf(args?.value) ?? 'targetRule is invalid',
      },
    },
    options,
  );
}

function problemOf(value: unknown): string | null {
  try {
    parseTargetRule(value);
    return null;
  } catch (error) {
    if (error instanceof TargetRuleError) return error.message;
    throw error;
  }
}
