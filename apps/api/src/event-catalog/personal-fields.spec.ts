import { CUSTOMER_EVENT_TYPES } from '@ledger/domain';
import type { JsonObject } from '@ledger/event-store';
import { ERASED, PERSONAL_FIELDS, personalFieldsOf } from '@ledger/personal-data';
import { catalog } from './test/catalog-ajv';
import { ENCRYPTED, sample, SAMPLED_TYPES as TYPES, valid, withField } from './test/samples';

function propertiesOf(type: string): string[] {
  return Object.keys((catalog.schema(type)?.['properties'] ?? {}) as JsonObject);
}

describe('personal fields as subscribers receive them', () => {
  it.each(TYPES)(
    '%s: exactly the catalogued personal fields accept the encrypted envelope and "[erased]"',
    (type) => {
      const accepting = propertiesOf(type).filter(
        (field) =>
          valid(type, withField(type, field, ENCRYPTED)) && valid(type, withField(type, field, ERASED)),
      );
      const catalogued = personalFieldsOf(PERSONAL_FIELDS, type).filter((field) =>
        propertiesOf(type).includes(field),
      );
      expect(accepting.sort()).toEqual([...catalogued].sort());
    },
  );

  it('says so in the description of each personal field', () => {
    for (const type of CUSTOMER_EVENT_TYPES) {
      const properties = (catalog.schema(type)?.['properties'] ?? {}) as Record<string, JsonObject>;
      for (const field of personalFieldsOf(PERSONAL_FIELDS, type).filter((name) => name in properties)) {
        expect(`${type}.${field}: ${String(properties[field]?.['description'])}`).toMatch(
          /encrypted.*\[erased\]/,
        );
      }
    }
  });

  it('accepts a whole event sealed or erased, and refuses a malformed envelope', () => {
    const onboarded = sample('CustomerOnboarded');
    const sealed = {
      ...onboarded,
      name: ENCRYPTED,
      idNumber: ENCRYPTED,
      phone: ENCRYPTED,
      email: ENCRYPTED,
      birthDate: ENCRYPTED,
    };
    const erased = {
      ...onboarded,
      name: ERASED,
      idNumber: ERASED,
      phone: ERASED,
      email: ERASED,
      birthDate: ERASED,
    };
    expect(valid('CustomerOnboarded', sealed)).toBe(true);
    expect(valid('CustomerOnboarded', erased)).toBe(true);
    const { tag: _tag, ...untagged } = ENCRYPTED;
    for (const bad of [
      { ...ENCRYPTED, $enc: 'v2' },
      untagged,
      { ...ENCRYPTED, iv: 'not base64url!' },
      { ...ENCRYPTED, extra: 1 },
    ]) {
      expect(valid('CustomerOnboarded', { ...onboarded, phone: bad })).toBe(false);
    }
    expect(valid('CustomerOnboarded', { ...onboarded, birthDate: '7 March 1990' })).toBe(false);
  });
});
