import { OPPORTUNITY_EVENT_TYPES, type OpportunityEvent, publishedEventData } from '@ledger/domain';
import type { JsonObject } from '@ledger/event-store';
import { catalog, problems, servedValidator } from './test/catalog-ajv';
import { opportunityEvents } from './test/opportunity-journey';

type Type = OpportunityEvent['type'];
type DataOf<T extends Type> = Extract<OpportunityEvent, { type: T }>['data'];
type RequiredOf<D> = { [K in keyof D]-?: object extends Pick<D, K> ? never : K }[keyof D];
type OptionalOf<D> = Exclude<keyof D, RequiredOf<D>>;

/** The data fields of each opportunity event as its TypeScript type declares them. */
const DATA_FIELDS = {
  OpportunityOpened: {
    required: ['opportunityId', 'customerId', 'source', 'expectedAmount', 'owner', 'branchId', 'openedAt'],
    optional: ['productCode', 'campaignId'],
  },
  OpportunityAdvanced: {
    required: ['opportunityId', 'customerId', 'stage', 'previousStage', 'advancedAt'],
    optional: [],
  },
  OpportunityWon: {
    required: ['opportunityId', 'customerId', 'holdingId', 'productCode', 'principal', 'wonAt'],
    optional: [],
  },
  OpportunityLost: { required: ['opportunityId', 'customerId', 'reason', 'lostAt'], optional: [] },
} as const satisfies {
  [T in Type]: { required: readonly RequiredOf<DataOf<T>>[]; optional: readonly OptionalOf<DataOf<T>>[] };
};
type Listed<T extends Type> =
  (typeof DATA_FIELDS)[T]['required'][number] | (typeof DATA_FIELDS)[T]['optional'][number];
type Missing = { [T in Type]: Exclude<keyof DataOf<T>, Listed<T>> }[Type];
// Fails to compile, naming the field, when an opportunity event gains a field the list lacks.
export const NOTHING_MISSING: [Missing] extends [never] ? true : Missing = true;

const valid = (type: string, data: unknown) => servedValidator(type)(data) === true;

describe('events the opportunity aggregate produces', () => {
  const events = opportunityEvents();

  it('cover every opportunity event type', () => {
    expect(new Set(events.map((event) => event.type))).toEqual(new Set(OPPORTUNITY_EVENT_TYPES));
  });

  it.each(events.map((event, index) => [index, event.type, event] as const))(
    'validate against their schema: #%i %s',
    (_index, type, event) => {
      const validate = servedValidator(type);
      expect(validate(publishedEventData(event.data)) ? '' : problems(validate)).toBe('');
    },
  );

  it.each(OPPORTUNITY_EVENT_TYPES)('%s: the schema lists the same required and optional fields', (type) => {
    const schema = catalog.schema(type) ?? {};
    const { required, optional } = DATA_FIELDS[type];
    expect([...((schema['required'] ?? []) as string[])].sort()).toEqual([...required].sort());
    expect(Object.keys((schema['properties'] ?? {}) as JsonObject).sort()).toEqual(
      [...required, ...optional].sort(),
    );
    expect(schema['additionalProperties']).toBe(false);
  });

  it('refuse garbage: a missing required field, an unknown stage or source, a fractional amount', () => {
    for (const event of events) {
      const data = publishedEventData(event.data) as unknown as JsonObject;
      for (const field of DATA_FIELDS[event.type].required) {
        const { [field]: _removed, ...rest } = data;
        expect({ type: event.type, field, valid: valid(event.type, rest) }).toMatchObject({ valid: false });
      }
      expect(valid(event.type, { ...data, customerID: 'typo' })).toBe(false);
    }
    const [opened, advanced] = events;
    expect(valid('OpportunityOpened', { ...publishedEventData(opened?.data), source: 'cold-call' })).toBe(
      false,
    );
    expect(
      valid('OpportunityOpened', {
        ...publishedEventData(opened?.data),
        expectedAmount: { amount: '0.5', currency: 'CNY' },
      }),
    ).toBe(false);
    expect(valid('OpportunityAdvanced', { ...publishedEventData(advanced?.data), stage: 'identified' })).toBe(
      false,
    );
  });
});
