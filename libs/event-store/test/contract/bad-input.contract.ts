import { InvalidAppend, type AppendOptions, type EventToAppend } from '../../src';
import { anEvent, freshStream, type ContractContext } from './fixtures';

type BadAppend = { stream?: string; events: unknown[]; options?: unknown };

function cyclic(): Record<string, unknown> {
  const data: Record<string, unknown> = { name: 'loop' };
  data['self'] = data;
  return data;
}

function withData(data: unknown): unknown {
  return { ...anEvent(), data };
}

/** Each case: what is wrong, the field the InvalidAppend must name, and the append. */
const CASES: [string, string, BadAppend][] = [
  ['an empty stream name', 'stream', { stream: '', events: [anEvent()] }],
  ['no events', 'events', { events: [] }],
  ['a revision below zero', 'streamState', { events: [anEvent()], options: { streamState: -1n } }],
  ['a stream state that is not one', 'streamState', { events: [anEvent()], options: { streamState: 3 } }],
  ['a missing event id', 'events[0].eventId', { events: [{ ...anEvent(), eventId: undefined }] }],
  ['an event id that is not a UUID', 'events[0].eventId', { events: [{ ...anEvent(), eventId: 'id-1' }] }],
  ['an empty event type', 'events[0].type', { events: [{ ...anEvent(), type: '' }] }],
  ['data that is not an object', 'events[0].data', { events: [withData([1, 2])] }],
  ['a BigInt in the data', 'events[0].data.amount', { events: [withData({ amount: 10n })] }],
  ['a function in the data', 'events[0].data.run', { events: [withData({ run: () => 1 })] }],
  ['NaN in the data', 'events[0].data.ratio', { events: [withData({ ratio: Number.NaN })] }],
  [
    'Infinity in the data',
    'events[0].data.ratio',
    { events: [withData({ ratio: Number.POSITIVE_INFINITY })] },
  ],
  ['a cyclic data object', 'events[0].data.self', { events: [withData(cyclic())] }],
  ['a Date object in the data', 'events[0].data.at', { events: [withData({ at: new Date(0) })] }],
  ['undefined inside an array', 'events[0].data.list[1]', { events: [withData({ list: [1, undefined] })] }],
  [
    'a BigInt in the metadata',
    'events[0].metadata.size',
    { events: [{ ...anEvent(), metadata: { size: 1n } as unknown as EventToAppend['metadata'] }] },
  ],
  [
    'a business time that is not a time',
    'events[0].metadata.occurredAt',
    { events: [{ ...anEvent(), metadata: { occurredAt: 'yesterday' } }] },
  ],
  [
    'a hash supplied by the caller',
    'events[0].metadata.hash',
    { events: [anEvent('T', {}, { hash: 'f00d' })] },
  ],
  ['the same event id twice', 'events[1].eventId', { events: ((e) => [e, e])(anEvent()) }],
  [
    'a bad event after a good one',
    'events[1].data.amount',
    { events: [anEvent(), withData({ amount: 1n })] },
  ],
];

export function describeBadInput({ store }: ContractContext): void {
  describe('bad input is a typed error and appends nothing', () => {
    it.each(CASES)('%s → InvalidAppend naming %s', async (_, field, bad) => {
      const stream = bad.stream ?? freshStream();
      const options = (bad.options ?? { streamState: 'any' }) as AppendOptions;
      const appending = store().append(stream, bad.events as EventToAppend[], options);
      await expect(appending).rejects.toBeInstanceOf(InvalidAppend);
      await expect(appending).rejects.toMatchObject({ code: 'INVALID_APPEND', field });
      if (stream !== '') expect(await store().readStream(stream)).toEqual([]);
    });
  });
}
