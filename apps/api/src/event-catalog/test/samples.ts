import { publishedEventData } from '@ledger/domain';
import type { JsonObject, JsonValue } from '@ledger/event-store';
import { servedValidator } from './catalog-ajv';
import { campaignJourney } from './campaign-journey';
import { corporateJourney, eventsOf, retailJourney } from './customer-journeys';

/** One realistic data object per event type, from the decider (the access log's by hand). */
const samples = new Map<string, JsonObject>();
for (const event of [...eventsOf(retailJourney()), ...eventsOf(corporateJourney()), ...campaignJourney()]) {
  // As published: money upcast to { amount, currency } (ADR 0033).
  if (!samples.has(event.type)) samples.set(event.type, publishedEventData(event.data as JsonObject));
}
samples.set('CustomerDataAccessed', {
  customerId: '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b',
  view: 'history',
  accessedBy: 'auditor-sun',
  role: 'auditor',
  at: '2026-11-24T10:00:00.000Z',
  page: '2',
});

export const SAMPLED_TYPES = [...samples.keys()];

/** A fresh copy of the sample, safe to modify. */
export function sample(type: string): JsonObject {
  const data = samples.get(type);
  if (data === undefined) throw new Error(`no sample of ${type}`);
  return structuredClone(data);
}

export function withField(type: string, field: string, value: JsonValue): JsonObject {
  return { ...sample(type), [field]: value };
}

/** Whether the schema served for `type` accepts `data`. */
export function valid(type: string, data: JsonValue): boolean {
  return servedValidator(type)(data) === true;
}

/** A well-formed encrypted personal field (the shape field-cipher.ts writes). */
export const ENCRYPTED = {
  $enc: 'v1',
  kid: 'dk-6f1d2c3b',
  iv: 'q83vEjRWeJCrze8S',
  ct: 'x7Q0s3JmYkFhZ2VtZW50LWN0',
  tag: 'd2hhdC1hLXRhZy0xMjM0NQ',
};
