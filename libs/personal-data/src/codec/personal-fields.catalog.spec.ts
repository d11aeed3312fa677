import { randomBytes } from 'node:crypto';
import type { JsonObject } from '@ledger/event-store';
import { isEncryptedField } from './field-cipher';
import { IDENTITY_FIELDS, PERSONAL_FIELDS, personalFieldsOf } from './personal-fields.catalog';
import { decryptPersonalFields, encryptPersonalFields, personalPathsPresent } from './personal-data.codec';

const key = { keyId: 'k1', key: randomBytes(32) };

function sampleWithEveryField(paths: readonly string[]): JsonObject {
  const data: JsonObject = { customerId: 'c-1', segment: 'retail' };
  for (const path of paths) {
    const names = path.split('.');
    let parent = data;
    for (const name of names.slice(0, -1)) parent = (parent[name] ??= {}) as JsonObject;
    parent[names.at(-1) as string] = `secret-${path}`;
  }
  return data;
}

describe('the personal field catalog', () => {
  it('covers the identity fields DESIGN §5 names on onboarding and profile updates', () => {
    for (const type of ['CustomerOnboarded', 'CustomerProfileUpdated']) {
      expect(personalFieldsOf(PERSONAL_FIELDS, type)).toEqual(expect.arrayContaining([...IDENTITY_FIELDS]));
    }
    expect(IDENTITY_FIELDS).toEqual(['name', 'idNumber', 'phone', 'email', 'birthDate']);
  });

  it.each(Object.entries(PERSONAL_FIELDS))('encrypts every personal field of %s', (type, paths) => {
    const data = sampleWithEveryField(paths);
    const encrypted = encryptPersonalFields(data, personalPathsPresent(data, paths), key, {
      customerId: 'c-1',
      eventId: `e-${type}`,
    });
    for (const path of paths) expect(isEncryptedField(encrypted[path])).toBe(true);
    expect(JSON.stringify(encrypted)).not.toContain('secret-');
    expect(encrypted).toMatchObject({ customerId: 'c-1', segment: 'retail' });
    expect(decryptPersonalFields(encrypted, key, 'c-1')).toEqual(data);
  });

  it('knows nothing personal about other event types', () => {
    expect(personalFieldsOf(PERSONAL_FIELDS, 'ProductSubscribed')).toEqual([]);
    expect(personalFieldsOf(PERSONAL_FIELDS, 'toString')).toEqual([]);
  });

  it('encrypts nested paths and leaves absent or null fields alone', () => {
    const data: JsonObject = { basic: { phone: '+86-138-0013-8000' }, email: null };
    const paths = personalPathsPresent(data, ['basic.phone', 'email', 'name']);
    expect(paths).toEqual(['basic.phone']);
    const encrypted = encryptPersonalFields(data, paths, key, { customerId: 'c-1', eventId: 'e-1' });
    expect(isEncryptedField((encrypted.basic as JsonObject).phone)).toBe(true);
    expect(encrypted.email).toBeNull();
    expect(decryptPersonalFields(encrypted, key, 'c-1')).toEqual(data);
  });
});
