import { startLedger, type Ledger } from './ledger-harness';

// The ops levers answer for names the client typed: unknown ones are 4xx with the error body, never 500.
describe('projection operations on unknown names (e2e)', () => {
  let ledger: Ledger;
  beforeAll(async () => {
    ledger = await startLedger();
  });
  afterAll(() => ledger.close());

  it('answers 404 for rebuilding a projection that does not exist', async () => {
    const response = await ledger
      .http()
      .post('/projections/no-such-projection/rebuild')
      .set(await ledger.as('admin'));
    expect(response.status).toBe(404);
    expect(response.body).toEqual({
      statusCode: 404,
      error: 'Not Found',
      message: expect.stringContaining('no-such-projection') as unknown,
      code: 'UNKNOWN_PROJECTION',
    });
  });

  it('answers 404 for retrying a stream of a projection that does not exist', async () => {
    const response = await ledger
      .http()
      .post('/projections/no-such-projection/parked/customer-1/retry')
      .set(await ledger.as('admin'));
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ statusCode: 404, code: 'UNKNOWN_PROJECTION' });
  });

  it('answers 409 for retrying a stream that is not parked', async () => {
    const response = await ledger
      .http()
      .post('/projections/customer-360/parked/customer-not-parked/retry')
      .set(await ledger.as('admin'));
    expect(response.status).toBe(409);
    expect(response.body).toEqual({
      statusCode: 409,
      error: 'Conflict',
      message: expect.stringContaining('customer-not-parked') as unknown,
      code: 'STREAM_NOT_PARKED',
    });
  });
});
