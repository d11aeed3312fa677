import * as domain from '..';
import { DOMAIN_ERROR_KINDS, DomainError, type DomainErrorCode } from './domain-error';

/** Instantiates every exported DomainError subclass with placeholder arguments. */
function allErrors(): DomainError[] {
  return (Object.values(domain) as unknown[])
    .filter(
      (value): value is new (...args: string[]) => DomainError =>
        typeof value === 'function' && value.prototype instanceof DomainError,
    )
    .map((ErrorClass) => new ErrorClass('x', 'y', 'z'));
}

describe('domain errors', () => {
  it('have one class per stable code, each with its kind', () => {
    const errors = allErrors();
    const codes = errors.map((error) => error.code).sort();
    expect(codes).toEqual((Object.keys(DOMAIN_ERROR_KINDS) as DomainErrorCode[]).sort());
    for (const error of errors) expect(error.kind).toBe(DOMAIN_ERROR_KINDS[error.code]);
  });

  it('are Errors named after their class, with a message and JSON details for the API', () => {
    const error = new domain.HoldingNotFound('h-1');
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({
      name: 'HoldingNotFound',
      code: 'HOLDING_NOT_FOUND',
      kind: 'not-found',
      details: { holdingId: 'h-1' },
    });
    expect(error.message).toContain('h-1');
    expect(domain.isDomainError(error)).toBe(true);
    expect(domain.isDomainError(new Error('x'))).toBe(false);
  });
});
