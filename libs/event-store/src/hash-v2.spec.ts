import fc from 'fast-check';
import { checkAppend } from './append-validation';
import { canonicalJson } from './canonical-json';
import type { RecordedEvent } from './event-store.port';
import { chainHash, verifyChain } from './hash-chain';
import { chainHashV2, chainHashV2OfCanonical } from './hash-v2';
import type { JsonObject, JsonValue } from './json';

const jsonValue = fc.jsonValue() as fc.Arbitrary<JsonValue>;
const jsonObject = fc.dictionary(fc.string(), jsonValue) as fc.Arbitrary<JsonObject>;
const canonicalOrNull = (value: JsonValue | undefined) => canonicalJson(value ?? null);

const STREAM = 'customer-7';
const envelope = {
  schemaVersion: 1,
  occurredAt: '2026-11-20T09:00:00.000Z',
  recordedAt: '2026-11-20T09:00:01.000Z',
  actor: { id: 'rm-1', role: 'relationship-manager' },
  $correlationId: 'c-1',
  $causationId: 'c-1',
};

/** Events chained as a store of the given version would have written them. */
function chained(versions: readonly (1 | 2)[]): RecordedEvent[] {
  let prevHash = '';
  return versions.map((version, index) => {
    const base = { eventId: `e-${index}`, stream: STREAM, type: 'ContactLogged', revision: BigInt(index) };
    const data = { channel: 'phone', n: index };
    const metadata = version === 2 ? { ...envelope, hashVersion: 2 } : { ...envelope };
    const hash =
      version === 2
        ? chainHashV2(prevHash, { ...base, data, metadata })
        : chainHash(prevHash, { type: base.type, data, occurredAt: envelope.occurredAt });
    const event = { ...base, position: String(index + 1), data, metadata: { ...metadata, prevHash, hash } };
    prevHash = hash;
    return event;
  });
}

describe('hash v2', () => {
  it('the appenders’ joined text hashes exactly as chainHashV2 over the recorded event', () => {
    const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
    fc.assert(
      fc.property(
        fc.record({ stream: fc.string(), type: fc.string(), revision: fc.nat(), data: jsonObject }),
        fc.record({
          recordedAt: fc.string(),
          occurredAt: optional(fc.string()),
          actor: optional(jsonValue),
          $correlationId: optional(fc.string()),
          $causationId: optional(fc.string()),
          schemaVersion: optional(fc.nat()),
        }),
        ({ stream, type, revision, data }, metadata) =>
          chainHashV2OfCanonical('prev', stream, revision, metadata.recordedAt, {
            type,
            dataJson: canonicalJson(data),
            occurredAt: metadata.occurredAt,
            actorJson: canonicalOrNull(metadata.actor),
            causationIdJson: canonicalOrNull(metadata.$causationId),
            correlationIdJson: canonicalOrNull(metadata.$correlationId),
            schemaVersionJson: canonicalOrNull(metadata.schemaVersion),
          }) === chainHashV2('prev', { stream, type, revision, data, metadata }),
      ),
    );
  });

  it('the envelope checkAppend writes once is canonical JSON, whatever the key order of the actor', () => {
    fc.assert(
      fc.property(jsonValue, fc.option(fc.string(), { nil: undefined }), (actor, correlation) => {
        const metadata = { actor, $correlationId: correlation, schemaVersion: 1 };
        const [checked] = checkAppend(
          's',
          [{ eventId: '00000000-0000-4000-8000-000000000001', type: 't', data: {}, metadata }],
          {
            streamState: 'any',
          },
        );
        return (
          checked?.actorJson === canonicalOrNull(actor) &&
          checked.correlationIdJson === canonicalOrNull(correlation) &&
          checked.schemaVersionJson === '1'
        );
      }),
    );
    const [reversed] = checkAppend(
      's',
      [
        {
          eventId: '00000000-0000-4000-8000-000000000001',
          type: 't',
          data: {},
          metadata: { actor: { role: 'r', id: 'i' } },
        },
      ],
      {
        streamState: 'any',
      },
    );
    expect(reversed?.actorJson).toBe('{"id":"i","role":"r"}');
  });

  it.each([
    ['actor', { actor: { id: 'rm-2', role: 'relationship-manager' } }],
    ['recordedAt', { recordedAt: '2026-11-21T09:00:01.000Z' }],
    ['correlation id', { $correlationId: 'c-2' }],
    ['causation id', { $causationId: 'c-2' }],
    ['schemaVersion', { schemaVersion: 2 }],
    ['business time', { occurredAt: '2020-01-01T00:00:00.000Z' }],
  ])('covers the %s: changing it breaks the chain at that revision', (_field, change) => {
    const events = chained([2, 2, 2]);
    const second = events[1] as RecordedEvent;
    events[1] = { ...second, metadata: { ...second.metadata, ...change } };
    expect(verifyChain(events)).toMatchObject({ valid: false, events: 1, brokenAt: 1n });
  });

  it('covers the stream and the revision: an event copied into another stream does not verify there', () => {
    const [first] = chained([2]);
    expect(verifyChain([{ ...(first as RecordedEvent), stream: 'customer-8' }])).toMatchObject({
      valid: false,
      brokenAt: 0n,
    });
  });

  it('events written under v1 still verify, and a stream may go on under v2', () => {
    expect(verifyChain(chained([1, 1, 1]))).toMatchObject({ valid: true, events: 3 });
    expect(verifyChain(chained([1, 1, 2, 2]))).toMatchObject({ valid: true, events: 4 });
  });

  it('a v1 event after a v2 event is a downgrade and breaks the chain', () => {
    expect(verifyChain(chained([2, 1]))).toMatchObject({ valid: false, brokenAt: 1n });
  });

  it('an unknown hash version does not verify', () => {
    const [first] = chained([2]) as [RecordedEvent];
    const unknown = { ...first, metadata: { ...first.metadata, hashVersion: 3 } };
    expect(verifyChain([unknown])).toMatchObject({ valid: false, brokenAt: 0n });
  });
});
