import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { startLedger, type Ledger } from './ledger-harness';
import { onboard } from './onboarding';

/** Every personal value the walkthrough writes (issue 15 §3), as a client sent it. */
const CORPORATE = {
  segment: 'corporate',
  name: '上海星河科技有限公司',
  idNumber: '91310000MA1K4XYZ12',
  phone: '+862155550100',
  branchId: 'branch-shanghai-01',
  relationshipManagerId: 'rm-li',
};
const RETAIL = {
  segment: 'retail',
  name: '王小明',
  idNumber: '110105199003078514',
  phone: '+8613912345678',
  email: 'wang.xiaoming@example.cn',
  birthDate: '1990-03-07',
  branchId: 'branch-shanghai-01',
  relationshipManagerId: 'rm-li',
};
const NEW_PHONE = '+8613987654321';
const NEW_EMAIL = 'xm.wang@example.cn';
const NOTES = '客户提到女儿在复旦读书';
const DESCRIPTION = '投诉：手机银行转账限额过低';
const PERSONAL_VALUES = [
  CORPORATE.name,
  CORPORATE.idNumber,
  CORPORATE.phone,
  RETAIL.name,
  RETAIL.idNumber,
  RETAIL.phone,
  RETAIL.email,
  RETAIL.birthDate,
  NEW_PHONE,
  NEW_EMAIL,
  NOTES,
  DESCRIPTION,
];

function filesUnder(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Each value as UTF-8 bytes and as JSON would escape it ("\u738b…"), in any file under DATA_DIR. */
function plaintextFound(directory: string): string[] {
  const files = filesUnder(directory).map((path) => ({ path, bytes: readFileSync(path) }));
  return PERSONAL_VALUES.flatMap((value) => {
    const escaped = JSON.stringify(value)
      .slice(1, -1)
      .replace(/[^\x20-\x7e]/g, (c) => {
        return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
      });
    return files
      .filter(
        ({ bytes }) => bytes.includes(Buffer.from(value, 'utf8')) || bytes.includes(Buffer.from(escaped)),
      )
      .map(({ path }) => `${value} in ${path}`);
  });
}

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
    await post(`/customers/${customerId}/tier-reviews`, {
      specialBackground: 'government-or-monopoly',
      rationale: 'three departments, 20% growth',
    });
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
    await ledger.http().get('/worklist?relationshipManagerId=rm-li&date=2026-03-06').set(rm).expect(200);

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
  });
});
