import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CAMPAIGN_EVENT_TYPES,
  CUSTOMER_EVENT_TYPES,
  HOUSEHOLD_EVENT_TYPES,
  VIP_EVENT_EVENT_TYPES,
  IDENTITY_EVENT_TYPES,
  INSTRUCTION_EVENT_TYPES,
  ATTRIBUTION_EVENT_TYPES,
  MEMBERSHIP_EVENT_TYPES,
  OPPORTUNITY_EVENT_TYPES,
  PRODUCT_EVENT_TYPES,
  publishedEventData,
} from '@ledger/domain';
import { campaignJourney } from './test/campaign-journey';
import type { JsonObject, JsonValue } from '@ledger/event-store';
import { corporateJourney, eventsOf, retailJourney } from './test/customer-journeys';
import { productEventsOf, productJourneys } from './test/product-journeys';
import { EVENT_TYPES } from './test/published-event-types';
import { CATALOG_DIR, catalog, problems, strictAjv } from './test/catalog-ajv';
import { opportunityEvents } from './test/opportunity-journey';
import { identityEvents } from './test/identity-journey';
import { householdEvents } from './test/household-journey';
import { instructionEvents } from '../../../../libs/domain/test/instruction-journey';

const onDisk = JSON.parse(readFileSync(join(CATALOG_DIR, 'asyncapi.json'), 'utf8')) as JsonObject;
const served = catalog.asyncApi();

/** Follows a local JSON pointer ('#/a/b') through the document; undefined where it leads nowhere. */
function resolvePointer(document: JsonValue, ref: string): JsonValue | undefined {
  let current: JsonValue | undefined = document;
  for (const raw of ref
    .replace(/^#\/?/, '')
    .split('/')
    .filter((part) => part !== '')) {
    const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (current === null || typeof current !== 'object' || Array.isArray(current)) return undefined;
    current = Object.hasOwn(current, part) ? current[part] : undefined;
  }
  return current;
}

function refsIn(value: JsonValue): string[] {
  if (Array.isArray(value)) return value.flatMap(refsIn);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, member]) =>
    key === '$ref' && typeof member === 'string' ? [member] : refsIn(member),
  );
}

function keysIn(value: JsonValue): string[] {
  if (Array.isArray(value)) return value.flatMap(keysIn);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, member]) => [key, ...keysIn(member)]);
}

const at = (document: JsonValue, ref: string) => resolvePointer(document, ref) as JsonObject;

describe('the AsyncAPI document', () => {
  it('is AsyncAPI 3.0 with the SSE feed and the KurrentDB streams as channels', () => {
    expect(onDisk['asyncapi']).toBe('3.0.0');
    const addresses = Object.values(onDisk['channels'] as Record<string, JsonObject>).map(
      (c) => c['address'],
    );
    expect(addresses.sort()).toEqual([
      '$ce-attribution',
      '$ce-campaign',
      '$ce-customer',
      '$ce-household',
      '$ce-identity',
      '$ce-instruction',
      '$ce-membership',
      '$ce-opportunity',
      '$ce-product',
      '$ce-vip-event',
      '$et-{eventType}',
      '/events',
      'access-{date}',
      'attribution-{customerId}.{holdingId}',
      'campaign-{campaignId}',
      'customer-{customerId}',
      'household-{householdId}',
      'identity-{index}',
      'instruction-{instructionId}',
      'membership-{customerId}',
      'opportunity-{opportunityId}',
      'product-{code}',
      'vip-event-{vipEventId}',
    ]);
  });

  it('names every event type as a message with its schema file as payload and the metadata as headers', () => {
    const messages = at(onDisk, '#/components/messages');
    for (const type of EVENT_TYPES) {
      expect(at(messages, `#/${type}`)).toMatchObject({
        name: type,
        payload: { $ref: `./${type}.schema.json` },
        headers: { $ref: './EventMetadata.schema.json' },
      });
    }
    expect(at(onDisk, '#/channels/eventTypeStream/parameters/eventType')['enum']).toEqual(EVENT_TYPES);
    expect(Object.keys(at(onDisk, '#/channels/customerStream/messages'))).toEqual([...CUSTOMER_EVENT_TYPES]);
    expect(Object.keys(at(onDisk, '#/channels/customerCategory/messages'))).toEqual([
      ...CUSTOMER_EVENT_TYPES,
    ]);
    expect(Object.keys(at(onDisk, '#/channels/accessLog/messages'))).toEqual(['CustomerDataAccessed']);
    for (const channel of ['campaignStream', 'campaignCategory'])
      expect(Object.keys(at(onDisk, `#/channels/${channel}/messages`))).toEqual([...CAMPAIGN_EVENT_TYPES]);
    expect(Object.keys(at(onDisk, '#/channels/productStream/messages'))).toEqual([...PRODUCT_EVENT_TYPES]);
    expect(Object.keys(at(onDisk, '#/channels/productCategory/messages'))).toEqual([...PRODUCT_EVENT_TYPES]);
    for (const channel of ['opportunityStream', 'opportunityCategory'])
      expect(Object.keys(at(onDisk, `#/channels/${channel}/messages`))).toEqual([...OPPORTUNITY_EVENT_TYPES]);
    for (const channel of ['householdStream', 'householdCategory'])
      expect(Object.keys(at(onDisk, `#/channels/${channel}/messages`))).toEqual([...HOUSEHOLD_EVENT_TYPES]);
    for (const channel of ['vipEventStream', 'vipEventCategory'])
      expect(Object.keys(at(onDisk, `#/channels/${channel}/messages`))).toEqual([...VIP_EVENT_EVENT_TYPES]);
    for (const channel of ['instructionStream', 'instructionCategory'])
      expect(Object.keys(at(onDisk, `#/channels/${channel}/messages`))).toEqual([...INSTRUCTION_EVENT_TYPES]);
    for (const channel of ['identityStream', 'identityCategory'])
      expect(Object.keys(at(onDisk, `#/channels/${channel}/messages`))).toEqual([...IDENTITY_EVENT_TYPES]);
    for (const channel of ['attributionStream', 'attributionCategory'])
      expect(Object.keys(at(onDisk, `#/channels/${channel}/messages`))).toEqual([...ATTRIBUTION_EVENT_TYPES]);
    for (const channel of ['membershipStream', 'membershipCategory'])
      expect(Object.keys(at(onDisk, `#/channels/${channel}/messages`))).toEqual([...MEMBERSHIP_EVENT_TYPES]);
  });

  it('is served self-contained: every $ref is a local pointer that resolves, the schemas inlined', () => {
    const refs = refsIn(served);
    expect(refs.length).toBeGreaterThan(100);
    for (const ref of refs) {
      expect(ref).toMatch(/^#\//);
      expect({ ref, resolves: resolvePointer(served, ref) !== undefined }).toEqual({ ref, resolves: true });
    }
    const schemas = at(served, '#/components/schemas');
    for (const name of [...EVENT_TYPES, 'EventEnvelope', 'EventMetadata', 'Money', 'EncryptedField']) {
      expect(Object.keys(schemas)).toContain(name);
    }
    // An embedded $schema or $id would re-base the refs inside it for some tools.
    expect(keysIn(served).filter((key) => key === '$schema' || key === '$id')).toEqual([]);
  });

  it("serves message schemas that validate the decider's events", () => {
    const ajv = strictAjv().addKeyword('components');
    ajv.addSchema({ $id: 'asyncapi.json', components: served['components'] as JsonObject });
    const events = [
      ...eventsOf(retailJourney()),
      ...eventsOf(corporateJourney()),
      ...campaignJourney(),
      ...productEventsOf(productJourneys()),
      ...opportunityEvents(),
      ...identityEvents(),
      ...householdEvents(),
      ...instructionEvents(),
    ];
    for (const event of events) {
      const payload = at(served, `#/components/messages/${event.type}/payload`);
      const validate = ajv.compile({ $ref: `asyncapi.json${String(payload['$ref'])}` });
      expect(validate(publishedEventData(event.data)) ? '' : `${event.type}: ${problems(validate)}`).toBe('');
    }
  });
});
