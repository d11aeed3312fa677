import { WrongExpectedRevision } from '@ledger/event-store';
import { HoldingNotFound } from '@ledger/domain';
import { UnknownProjection } from '@ledger/projection-runtime';
import { InvalidInput } from '../validation/validation.pipe';
import { toErrorBody } from './http-error.filter';

const DETAIL_KEYS = new Set(['field', 'problems', 'value']);

/** Every status carries details one way: an array of { field, problems, value? } (the 400 names). */
function expectDetailShape(details: unknown): void {
  expect(Array.isArray(details)).toBe(true);
  for (const detail of details as Record<string, unknown>[]) {
    expect(typeof detail['field']).toBe('string');
    expect(Array.isArray(detail['problems'])).toBe(true);
    expect(Object.keys(detail).filter((key) => !DETAIL_KEYS.has(key))).toEqual([]);
  }
}

describe('error details', () => {
  it('are the 400 field problems as the pipe reports them', () => {
    const body = toErrorBody(new InvalidInput([{ field: 'name', problems: ['name must be a string'] }]));
    expect(body).toMatchObject({
      statusCode: 400,
      details: [{ field: 'name', problems: ['name must be a string'] }],
    });
  });

  it('have the same shape on a 409 stale revision, with both revisions as values', () => {
    const body = toErrorBody(new WrongExpectedRevision('customer-1', 3n, 5n));
    expect(body.statusCode).toBe(409);
    expectDetailShape(body.details);
    expect(body.details?.map((detail) => [detail.field, detail.value])).toEqual([
      ['expectedRevision', '3'],
      ['currentRevision', '5'],
    ]);
  });

  it('have the same shape on a domain refusal, one per fact', () => {
    const body = toErrorBody(new HoldingNotFound('h-1'));
    expect(body).toMatchObject({ statusCode: 404, code: 'HOLDING_NOT_FOUND' });
    expectDetailShape(body.details);
    expect(body.details?.[0]).toMatchObject({ field: 'holdingId', value: 'h-1' });
  });

  it('are absent where there is no fact to give', () => {
    expect(toErrorBody(new UnknownProjection('nope')).details).toBeUndefined();
  });
});
