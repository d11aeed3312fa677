import { randomUUID } from 'node:crypto';
import { type Ledger, startLedger } from './ledger-harness';

/** `?minPosition=` (ReadYourWrites): one pipe behind every query route that takes it. */
describe('read your own writes', () => {
  let ledger: Ledger;
  const far = '999999999';

  beforeAll(async () => {
    ledger = await startLedger();
  });
  afterAll(() => ledger.close());

  const routes = [
    '/tier-audits',
    '/tier-reviews',
    '/kpis',
    '/worklist',
    '/customers',
    `/customers/${randomUUID()}`,
  ];

  it('answers 503 with the error body when the read models do not reach the position in time', async () => {
    const headers = await ledger.as('admin');
    const responses = await Promise.all(
      routes.map((route) => ledger.http().get(`${route}?minPosition=${far}`).set(headers)),
    );
    for (const response of responses) {
      expect(response.status).toBe(503);
      expect(response.body).toEqual({
        statusCode: 503,
        error: 'Service Unavailable',
        code: 'POSITION_NOT_REACHED',
        message: expect.stringContaining(`had not applied position ${far} after 5000 ms`),
      });
    }
  }, 20_000);

  it('refuses a malformed request at once, before any wait', async () => {
    const started = Date.now();
    const response = await ledger
      .http()
      .get(`/tier-audits?minPosition=${far}&direction=sideways`)
      .set(await ledger.as('auditor'))
      .expect(400);
    expect(response.body.details).toEqual([{ field: 'direction', problems: [expect.any(String)] }]);
    await ledger
      .http()
      .get('/customers/not-a-uuid?minPosition=' + far)
      .set(await ledger.as('auditor'))
      .expect(400);
    const malformed = await ledger
      .http()
      .get('/kpis?minPosition=soon')
      .set(await ledger.as('auditor'))
      .expect(400);
    expect(malformed.body.details).toEqual([
      { field: 'minPosition', problems: ['minPosition must be a position token'] },
    ]);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('does not wait for a replay as of a business or a recorded time: it reads the stream', async () => {
    for (const cut of ['asOf', 'knownAt'])
      await ledger
        .http()
        .get(`/customers/${randomUUID()}?${cut}=2026-01-01T00:00:00Z&minPosition=${far}`)
        .set(await ledger.as('auditor'))
        .expect(404);
  });

  it('answers a malformed URL or a repeated query parameter with the same error body as everything else', async () => {
    const auditor = await ledger.as('auditor');
    const badUrl = await ledger.http().get('/customers/%zz').set(auditor).expect(400);
    expect(badUrl.body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      code: 'FST_ERR_BAD_URL',
      message: expect.stringContaining('/customers/%zz'),
    });
    const repeated = await ledger.http().get('/tier-audits?page=1&page=2').set(auditor).expect(400);
    expect(repeated.body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: 'invalid input: page',
      details: [{ field: 'page', problems: ['page must be given once'] }],
    });
  });
});
