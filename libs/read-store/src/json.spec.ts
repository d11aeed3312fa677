import { jsonCopy } from './json';

describe('jsonCopy', () => {
  it.each([
    ['an undefined field', { _id: 'c1', gone: undefined }, { _id: 'c1' }],
    [
      'a Date',
      { _id: 'c1', at: new Date('2026-11-24T08:00:00.000Z') },
      { _id: 'c1', at: '2026-11-24T08:00:00.000Z' },
    ],
    ['a non-finite number', { _id: 'c1', ratio: Infinity }, { _id: 'c1', ratio: null }],
    // eslint-disable-next-line no-sparse-arrays -- the hole is the point
    ['an array hole', { _id: 'c1', list: [1, , 3] }, { _id: 'c1', list: [1, null, 3] }],
    [
      'a class instance',
      {
        _id: 'c1',
        money: new (class Money {
          amount = 5;
        })(),
      },
      { _id: 'c1', money: { amount: 5 } },
    ],
  ])('copies a document with %s as JSON would write it back', (_what, document, expected) => {
    expect(jsonCopy(document)).toStrictEqual(expected);
    expect(jsonCopy(document)).toStrictEqual(JSON.parse(JSON.stringify(document)));
  });
});
