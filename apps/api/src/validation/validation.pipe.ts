import { BadRequestException, ValidationPipe, type ValidationError } from '@nestjs/common';
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

/** Unknown fields are refused, not silently dropped: a typo in a field name must not pass as "absent". */
export function createValidationPipe(): ValidationPipe {
  cacheValidationMetadata();
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new InvalidInput(fieldProblems(errors)),
  });
}
