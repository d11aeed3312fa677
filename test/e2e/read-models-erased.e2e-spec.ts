import { ERASED, type KeyStore } from '@ledger/personal-data';
import { KEY_STORE } from '../../apps/api/src/infrastructure/tokens';
import { startLedger, type Ledger } from './ledger-harness';
import { onboard } from './onboarding';
import { RETAIL } from './personal-values';

describe('a destroyed key reads as erased in the read models at once (e2e)', () => {
  let ledger: Ledger;
  beforeAll(async () => {
    ledger = await startLedger();
  });
  afterAll(() => ledger.close());

  it('the 360 view and the list read "[erased]" before any erasure event is folded, without a rebuild', async () => {
    const rm = await ledger.as('relationship-manager', 'rm-li');
    const { customerId, position } = await onboard(ledger, rm, RETAIL);
    const auditor = await ledger.as('auditor');
    await ledger.http().get(`/customers/${customerId}?minPosition=${position}`).set(auditor).expect(200);

    // Only the key goes: no event is appended, the read model is not rebuilt.
    await ledger.app.get<KeyStore>(KEY_STORE).destroy(customerId);
    const view = await ledger.http().get(`/customers/${customerId}`).set(auditor).expect(200);
    expect(view.body).toMatchObject({ customerId, name: ERASED, idNumber: ERASED, phone: ERASED });
    const masked = await ledger.http().get(`/customers/${customerId}`).set(rm).expect(200);
    expect(masked.body).toMatchObject({ name: ERASED, idNumber: ERASED, phone: ERASED });
    const list = await ledger.http().get('/customers?segment=retail').set(auditor).expect(200);
    expect(list.body.items).toEqual([expect.objectContaining({ customerId, name: ERASED })]);
  });
});
