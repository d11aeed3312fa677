import { DEFAULT_POLICIES } from '@ledger/domain';
import {
  READ_MODEL_BLIND_INDEXES,
  READ_MODEL_PERSONAL_FIELDS,
  readModelFieldsOf,
  withBlindIndexes,
} from '@ledger/personal-data';
import type { ReadDocument } from '@ledger/read-store';
import { CUSTOMERS } from './customer-360/customer-360.document';
import { evolveCustomer360 } from './customer-360/customer-360.fold';
import { DecidedLedger } from './shared/test/decided-ledger';
import { WORKLIST_CUSTOMERS } from './worklist/worklist.documents';
import { evolveWorklistCustomer } from './worklist/worklist.projection';

const ID = 'cust-wang';
const VALUES = {
  name: '王小明',
  idNumber: '110105199003078514',
  phone: '+8613912345678',
  email: 'wang.xiaoming@example.cn',
  birthDate: '1990-03-07',
};
const LATER = { phone: '+8613987654321', email: 'xm.wang@example.cn' };
const FREE_TEXT = ['客户提到女儿在复旦读书', '投诉：手机银行转账限额过低'];

/** A customer who gave every personal field, changed some, and told the bank things in free text. */
function history() {
  const ledger = new DecidedLedger();
  const at = (date: string) => `${date}T09:00:00.000Z`;
  ledger.run('OnboardCustomer', ID, at('2026-01-05'), {
    segment: 'retail',
    ...VALUES,
    branchId: 'branch-sh-01',
    relationshipManagerId: 'rm-li',
  });
  ledger.run('LogContact', ID, at('2026-01-06'), {
    contactId: 'contact-1',
    channel: 'visit',
    purpose: 'review',
    outcome: 'reached',
    notes: FREE_TEXT[0],
    relationshipManagerId: 'rm-li',
  });
  ledger.run('OpenServiceRequest', ID, at('2026-01-07'), {
    requestId: 'request-1',
    kind: 'complaint',
    channel: 'app',
    description: FREE_TEXT[1] ?? '',
  });
  ledger.run('UpdateCustomerProfile', ID, at('2026-01-08'), LATER);
  return ledger.events;
}

/** What would still be in the clear once the catalog's paths are taken out of the document. */
/** What the sealing store writes in the clear: blind-indexed fields (search keys) digested, sealed paths removed. */
function outsideTheCatalog(collection: string, document: ReadDocument): string {
  const indexed = readModelFieldsOf(READ_MODEL_BLIND_INDEXES, collection);
  const digested = withBlindIndexes(Buffer.alloc(32, 7), collection, document, indexed);
  const unsealed = structuredClone(digested) as Record<string, Record<string, unknown>>;
  for (const path of readModelFieldsOf(READ_MODEL_PERSONAL_FIELDS, collection)) {
    const [parent, field] = path.split('.');
    if (parent !== undefined && field === undefined) delete unsealed[parent];
    else if (parent !== undefined && field !== undefined && unsealed[parent] !== undefined)
      delete unsealed[parent][field];
  }
  return JSON.stringify(unsealed);
}

describe('the read models keep personal data only where the sealing catalog lists it', () => {
  const events = history();
  const personal = [...Object.values(VALUES), ...Object.values(LATER), ...FREE_TEXT];

  it('the 360 document: every personal value it holds lies under a sealed path', () => {
    const document = events.reduce(
      (current, event) => evolveCustomer360(current, event, ID, DEFAULT_POLICIES),
      null as ReturnType<typeof evolveCustomer360>,
    );
    expect(document?.customer).toMatchObject({ name: VALUES.name, phone: LATER.phone });
    const clear = outsideTheCatalog(CUSTOMERS, document as ReadDocument);
    for (const value of personal) expect(clear).not.toContain(value);
  });

  it('the worklist document: the birth date it keeps for greetings lies under a sealed path', () => {
    const document = events.reduce(
      (current, event) => evolveWorklistCustomer(current, event, ID, DEFAULT_POLICIES),
      null as ReturnType<typeof evolveWorklistCustomer>,
    );
    expect(document?.customer.birthDate).toBe(VALUES.birthDate);
    const clear = outsideTheCatalog(WORKLIST_CUSTOMERS, document as ReadDocument);
    for (const value of personal) expect(clear).not.toContain(value);
  });
});
