import { rmSync } from 'node:fs';
import { startLedger, type Ledger } from './ledger-harness';
import { onboard } from './onboarding';

/** Issue 22 §4: the call centre and RMs find a customer by idNumber, phone or a name prefix (ADR 0034). */
describe('finding a customer (e2e)', () => {
  let ledger: Ledger;
  let xiaoming: string;
  let xiaohong: string;
  let dawei: string;
  let abc: string;
  let position: string;

  beforeAll(async () => {
    ledger = await startLedger();
    const li = await ledger.as('relationship-manager', 'rm-li');
    const zhang = await ledger.as('relationship-manager', 'rm-zhang');
    xiaoming = (
      await onboard(ledger, li, { name: '王小明', idNumber: '110105199003078514', phone: '+8613912345678' })
    ).customerId;
    xiaohong = (await onboard(ledger, li, { name: '王小红', phone: '+8613900000002' })).customerId;
    dawei = (
      await onboard(ledger, zhang, {
        name: '王大伟',
        phone: '+8613900000003',
        relationshipManagerId: 'rm-zhang',
      })
    ).customerId;
    const last = await onboard(ledger, li, {
      segment: 'corporate',
      name: 'ABC 贸易有限公司',
      phone: '+862155550100',
    });
    abc = last.customerId;
    position = last.position;
  });
  afterAll(async () => {
    await ledger.app.close();
    rmSync(ledger.config.dataDir, { recursive: true, force: true });
  });

  const list = async (query: string, role: 'relationship-manager' | 'call-center' = 'relationship-manager') =>
    ledger
      .http()
      .get(`/customers?minPosition=${position}&${query}`)
      .set(await ledger.as(role, 'rm-li'));
  const ids = (body: { items: { customerId: string }[] }) => body.items.map((item) => item.customerId);

  it('finds by a name prefix in characters, within the caller’s scope, with the total', async () => {
    const mine = await list(`q=${encodeURIComponent('王小')}&sort=name`);
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({ total: 2 });
    expect(ids(mine.body)).toEqual([xiaohong, xiaoming]); // pinyin: wáng xiǎo hóng before wáng xiǎo míng
    // rm-zhang's 王大伟 is outside rm-li's book; the call centre sees the whole bank.
    expect(ids((await list(`q=${encodeURIComponent('王')}`)).body).sort()).toEqual(
      [xiaoming, xiaohong].sort(),
    );
    const bank = await list(`q=${encodeURIComponent('王')}&sort=-name`, 'call-center');
    expect(ids(bank.body)).toEqual([xiaoming, xiaohong, dawei]);
    expect(bank.body.total).toBe(3);
    expect((await list(`q=${encodeURIComponent('王小明的')}`)).body).toMatchObject({ total: 0, items: [] });
  });

  it('normalises a prefix by NFKC, case and spaces: full-width ＡＢＣ finds "ABC 贸易"', async () => {
    expect(ids((await list(`q=${encodeURIComponent('ａｂｃ贸')}`)).body)).toEqual([abc]);
    expect(ids((await list(`q=${encodeURIComponent('abc 贸易')}`)).body)).toEqual([abc]);
  });

  it('finds exactly by idNumber and phone, however they are typed', async () => {
    expect(ids((await list('idNumber=1101-0519-9003-078514')).body)).toEqual([xiaoming]);
    expect(ids((await list('phone=139%201234%205678')).body)).toEqual([xiaoming]);
    expect(ids((await list(`phone=${encodeURIComponent('+86 139-1234-5678')}`)).body)).toEqual([xiaoming]);
    expect((await list('phone=13912345679')).body).toMatchObject({ total: 0 });
  });

  it('sorts by a chosen field and refuses an unknown one or a too-long prefix, naming the field', async () => {
    const byOnboarding = await list('sort=-onboardedAt', 'call-center');
    expect(ids(byOnboarding.body)).toEqual([abc, dawei, xiaohong, xiaoming]);
    const bad = await list('sort=idNumber');
    expect(bad.status).toBe(400);
    expect(bad.body.details).toEqual([expect.objectContaining({ field: 'sort' })]);
    const long = await list(`q=${'王'.repeat(17)}`);
    expect(long.status).toBe(400);
    expect(long.body.details).toEqual([expect.objectContaining({ field: 'q' })]);
  });
});
