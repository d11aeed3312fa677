import {
  type ArgumentMetadata,
  BadRequestException,
  ValidationPipe,
  type ValidationError,
} from '@nestjs/common';
import { cacheValidationMetadata } from './validation-metadata.cache';

export interface FieldProblem {
  field: string;
  problems: string[];
}

/** Flattens class-validator's tree into dotted field paths, so a 400 names every failing field. */
export function fieldProblems(errors: readonly ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent === '' ? error.property : `${parent}.${error.property}`;
    const own =
      error.constraints === undefined ? [] : [{ field, problems: Object.values(error.constraints) }];
    return [...own, ...fieldProblems(error.children ?? [], field)];
  });
}

export class InvalidInput extends BadRequestException {
  constructor(readonly details: FieldProblem[]) {
    super(`invalid input: ${details.map((detail) => detail.field).join(', ')}`);
  }
}

/**
 * Every query parameter is one value: `?page=1&page=2` arrives as an array, which would otherwise
 * fail each of the field's rules with messages that do not say what is wrong.
 */
export function repeatedQueryParameters(query: unknown): FieldProblem[] {
  if (query === null || typeof query !== 'object') return [];
  return Object.entries(query)
    .filter(([, value]) => Array.isArray(value))
    .map(([field]) => ({ field, problems: [`${field} must be given once`] }));
}

class LedgerValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'query') {
      const repeated = repeatedQueryParameters(value);
      if (repeated.length > 0) throw new InvalidInput(repeated);
    }
    return super.transform(value, metadata);
  }
}

/** Unknown fields are refused, not silently dropped: a typo in a field name must not pass as "absent". */
export function createValidationPipe(): ValidationPipe {
  cacheValidationMetadata();
  return new LedgerValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new InvalidInput(fieldProblems(errors)),
  });
}
