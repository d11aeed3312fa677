import {
  describeWithPostgres,
  dropSchema,
  freshSchema,
  PG_TEST_URL,
} from '../../../../test/support/postgres-server';
import { query } from '../embedded/memory-collection';
import type { Filter, ReadDocument, Sort } from '../read-store.port';
import { PostgresReadStore } from './postgres.read-store';

/** Documents where SQL and MongoDB semantics could part: arrays, nulls, missing fields, mixed types. */
const documents: ReadDocument[] = [
  { _id: 'a', tier: 'MASS', assets: 10, dueDate: '2026-12-01', owner: { id: 'rm-1' }, tags: ['x'] },
  {
    _id: 'b',
    tier: ['MASS', 'KEY'],
    assets: [1, 100],
    dueDate: '2026-12-07T09:00:00Z',
    owner: [{ id: 'rm-2' }],
  },
  { _id: 'c', tier: null, assets: '10', owner: null, tags: [] },
  { _id: 'd', assets: 5.5, dueDate: '2026-11-30', owner: { id: 'rm-1', branch: 'hz' }, flag: true },
  { _id: 'e', tier: 'PRIVATE', assets: -3, owner: { id: ['rm-1', 'rm-3'] }, tags: ['y', 'x'], flag: false },
  { _id: 'f', tier: 'Mass', assets: 0, dueDate: '2026-12-07', nested: { deep: { value: 'é' } } },
  { _id: 'g', tier: 'KEY', assets: 1e6, dueDate: null, 'odd"key': 1 },
];

const filters: Filter[] = [
  { tier: 'MASS' },
  { tier: 'KEY' },
  { tier: null },
  { tier: { $in: ['PRIVATE', 'KEY'] } },
  { tier: { $in: ['MASS', null] } },
  { tier: { $ne: 'MASS' } },
  { tier: { $nin: ['MASS', 'KEY'] } },
  { tier: { $exists: true } },
  { tier: { $exists: false } },
  { tier: { $gt: 'M' } },
  { assets: 10 },
  { assets: { $gte: 5, $lt: 50 } },
  { assets: { $gt: 50, $lt: 5 } },
  { assets: { $lte: 0 } },
  { assets: { $gt: '1' } },
  { dueDate: { $gte: '2026-12-01', $lte: '2026-12-07' } },
  { dueDate: { $lt: '2026-12-07T00:00:00Z' } },
  { 'owner.id': 'rm-1' },
  { 'owner.id': { $in: ['rm-2', 'rm-3'] } },
  { 'owner.branch': { $exists: true } },
  { 'nested.deep.value': 'é' },
  { tags: 'x' },
  { tags: { $size: 0 } },
  { flag: true },
  { flag: { $eq: false } },
  { 'odd"key': 1 },
  { _id: 'c' },
  { _id: { $in: ['a', 'g', 'zz'] }, tier: { $exists: true } },
  { $or: [{ tier: 'PRIVATE' }, { assets: { $gt: 500 } }] },
  { $or: [{ tier: 'PRIVATE' }, { tier: { $ne: 'KEY' } }] },
  { $and: [{ 'owner.id': 'rm-1' }, { assets: { $lt: 10 } }] },
];

const sorts: Sort[] = [{ assets: 1 }, { assets: -1 }, { tier: 1, _id: -1 }, { dueDate: -1 }, { _id: -1 }];

const ids = (found: readonly ReadDocument[]) => found.map((document) => document._id);

describeWithPostgres('PostgreSQL read store: filters answer as MongoDB (mingo) would', () => {
  const schema = freshSchema('ledger_read_test');
  let store: PostgresReadStore;
  beforeAll(async () => {
    store = await PostgresReadStore.open(PG_TEST_URL, { schema });
    await store.commit(documents.map((document) => ({ collection: 'mixed', id: document._id, document })));
  });
  afterAll(async () => {
    await store.close();
    await dropSchema(schema);
  });

  it.each(filters.map((filter) => [JSON.stringify(filter), filter] as const))('%s', async (_, filter) => {
    const expected = ids(query(documents, filter, { sort: { _id: 1 } }));
    expect(ids(await store.find('mixed', filter, { sort: { _id: 1 } }))).toEqual(expected);
    expect(await store.count('mixed', filter)).toBe(expected.length);
  });

  it.each(sorts.map((sort) => [JSON.stringify(sort), sort] as const))(
    'sorted by %s, paged',
    async (_, sort) => {
      // Array-valued fields sort by element in MongoDB; the read models never sort on one.
      const scalar = documents.filter((document) => !Object.values(document).some(Array.isArray));
      const collection = `scalar-${Object.keys(sort).join('-')}`;
      await store.commit(scalar.map((document) => ({ collection, id: document._id, document })));
      const expected = ids(query(scalar, {}, { sort: { ...sort, _id: sort['_id'] ?? 1 } }));
      expect(ids(await store.find(collection, {}, { sort }))).toEqual(expected);
      expect(ids(await store.find(collection, {}, { sort, skip: 1, limit: 2 }))).toEqual(
        expected.slice(1, 3),
      );
    },
  );
});
