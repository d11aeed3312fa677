import { readFileSync, rmSync } from 'node:fs';
import { startLedger, type Ledger } from './ledger-harness';
import { onboard } from './onboarding';
import {
  AUTHORISED_CALLER,
  CORPORATE,
  DESCRIPTION,
  filesUnder,
  NEW_EMAIL,
  NEW_PHONE,
  NOTES,
  plaintextFound,
  RETAIL,
} from './personal-values';

describe('no plaintext personal data at rest, read models included (e2e)', () => {
  let ledger: Ledger;
  let closed = false;
  beforeAll(async () => {
    ledger = await startLedger();
  });
  afterAll(async () => {
    if (!closed) await ledger.app.close();
    rmSync(ledger.config.dataDir, { recursive: true, force: true });
  });

  it('after the walkthrough no file under DATA_DIR (WAL and journals included) holds a personal value, yet reads show them', async () => {
    const rm = await ledger.as('relationship-manager', 'rm-li');
    const corporate = await onboard(ledger, rm, CORPORATE);
    const retail = await onboard(ledger, rm, RETAIL);
    const post = (path: string, body: object) => ledger.http().post(path).set(rm).send(body).expect(201);
    const { customerId } = corporate;
    await post(`/customers/${customerId}/contacts`, {
      channel: 'visit',
      purpose: 'annual review',
      outcome: 'expanding into trade finance',
      notes: NOTES,
      relationshipManagerId: 'rm-li',
    });
    await post(`/customers/${customerId}/contributions`, {
      year: 2026,
      contribution: { amount: '12000000.00', currency: 'CNY' },
      departmentsEngaged: 3,
      growthRate: 0.2,
    });
    const review = await post(`/customers/${customerId}/tier-reviews`, {
      specialBackground: 'government-or-monopoly',
      rationale: 'three departments, 20% growth',
    });
    // Checkers: two committee members vote with their own tokens, closing the review.
    for (const member of ['committee-chen', 'committee-zhao'])
      await ledger
        .http()
        .post(`/customers/${customerId}/tier-reviews/${review.body.reviewId}/votes`)
        .set(await ledger.as('committee-member', member))
        .send({ vote: 'approve', reason: 'meets the strategic criteria' })
        .expect(201);
    // A phone authorisation and a phone instruction checked against it: the caller is personal.
    await post(`/customers/${customerId}/phone-authorisations`, {
      authorisedCallers: [AUTHORISED_CALLER],
      validUntil: '2099-12-31T00:00:00Z',
    });
    const specialist = await ledger.as('wealth-specialist', 'ws-wu');
    const instruction = await ledger
      .http()
      .post('/instructions')
      .set(specialist)
      .send({
        customerId,
        channel: 'phone',
        product: 'TD-12M-CNY',
        productType: 'time-deposit',
        side: 'buy',
        amount: { amount: '100000.00', currency: 'CNY' },
      })
      .expect(201);
    const verified = await ledger
      .http()
      .post(`/instructions/${instruction.body.instructionId}/phone-authorisation`)
      .set(specialist)
      .send({ caller: AUTHORISED_CALLER })
      .expect(201);
    // Judged on the decrypted authorisation: the caller is on it, the quote is next.
    const checked = await ledger
      .http()
      .get(`/instructions/${instruction.body.instructionId}?minPosition=${verified.body.position}`)
      .set(specialist)
      .expect(200);
    expect(checked.body).toMatchObject({ status: 'open', expectedStep: 'quote' });
    await post(`/customers/${retail.customerId}/service-requests`, {
      kind: 'complaint',
      channel: 'app',
      description: DESCRIPTION,
    });
    const updated = await ledger
      .http()
      .patch(`/customers/${retail.customerId}/profile`)
      .set(rm)
      .send({ phone: NEW_PHONE, email: NEW_EMAIL })
      .expect(200);

    // The responses open the sealed fields: in full for an auditor, masked by role as before.
    const auditor = await ledger.as('auditor');
    const view = await ledger
      .http()
      .get(`/customers/${retail.customerId}?minPosition=${updated.body.position}`)
      .set(auditor)
      .expect(200);
    expect(view.body).toMatchObject({ name: RETAIL.name, idNumber: RETAIL.idNumber, phone: NEW_PHONE });
    const masked = await ledger.http().get(`/customers/${retail.customerId}`).set(rm).expect(200);
    expect(masked.body).toMatchObject({ name: RETAIL.name, idNumber: '****8514', phone: NEW_PHONE });
    const list = await ledger
      .http()
      .get('/customers?segment=corporate&relationshipManagerId=rm-li')
      .set(auditor)
      .expect(200);
    expect(list.body.items).toEqual([
      expect.objectContaining({ customerId, name: CORPORATE.name, idNumber: CORPORATE.idNumber }),
    ]);
    // Found by idNumber, phone and a name prefix through keyed blind indexes (ADR 0034), none of them in the clear.
    for (const query of [
      `idNumber=${RETAIL.idNumber}`,
      `phone=${encodeURIComponent(NEW_PHONE)}`,
      `q=${encodeURIComponent(RETAIL.name.slice(0, 2))}`,
    ]) {
      const found = await ledger.http().get(`/customers?${query}`).set(auditor).expect(200);
      expect(found.body.items).toEqual([expect.objectContaining({ customerId: retail.customerId })]);
    }
    await ledger.http().get('/worklist?relationshipManagerId=rm-li&date=2026-03-06').set(rm).expect(200);
    const chair = await ledger.as('committee-member', 'committee-chen');
    await ledger.http().get(`/tier-audits?customerId=${customerId}`).set(chair).expect(200);
    await ledger.http().get(`/customers/${customerId}/history`).set(auditor).expect(200);
    await ledger.http().get(`/customers/${customerId}/history/verify`).set(auditor).expect(200);

    // While the service runs (WAL and journal files present), then once it has closed them.
    expect(plaintextFound(ledger.config.dataDir)).toEqual([]);
    await ledger.app.close();
    closed = true;
    // The scan does see the read models: the customer's id, not personal, is there in the clear.
    const holdingTheId = filesUnder(ledger.config.dataDir).filter((path) =>
      readFileSync(path).includes(Buffer.from(customerId)),
    );
    expect(holdingTheId.some((path) => path.includes('read-models.sqlite'))).toBe(true);
    expect(plaintextFound(ledger.config.dataDir)).toEqual([]);
    // Nor the normalised forms the search indexes are made of: the phone's digits, the name's prefixes.
    expect(plaintextFound(ledger.config.dataDir, [NEW_PHONE.slice(1), RETAIL.name.slice(0, 2)])).toEqual([]);
  });
});
