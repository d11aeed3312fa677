import { EmbeddedReadStore } from './embedded.read-store';
import { ReadStoreFile } from './read-store-file';

const view = (id: string) => ({ _id: id, name: `客户 ${id}` });

describe('the embedded read store reading documents', () => {
  afterEach(() => jest.restoreAllMocks());

  it('reads a batch of documents with one statement, in the order asked', async () => {
    const store = new EmbeddedReadStore({ file: ':memory:' });
    await store.commit(['c1', 'c2', 'c3'].map((id) => ({ collection: 'views', id, document: view(id) })));
    const one = jest.spyOn(ReadStoreFile.prototype, 'body');
    const many = jest.spyOn(ReadStoreFile.prototype, 'bodiesOf');
    const found = await store.find('views', { _id: { $in: ['c3', 'missing', 'c1', 'c2'] } });
    expect(found).toEqual([view('c3'), view('c1'), view('c2')]);
    expect(one).not.toHaveBeenCalled();
    expect(many).toHaveBeenCalledTimes(1);
    await store.close();
  });

  it('reads a whole collection a thousand documents at a time', async () => {
    const store = new EmbeddedReadStore({ file: ':memory:' });
    const ids = Array.from({ length: 2_500 }, (_, n) => `c${n}`);
    await store.commit(ids.map((id) => ({ collection: 'views', id, document: view(id) })));
    const many = jest.spyOn(ReadStoreFile.prototype, 'bodiesOf');
    // A filter outside the keys tests every document.
    expect(await store.count('views', { name: { $regex: '^客户' } })).toBe(2_500);
    expect(many.mock.calls.map(([, chunk]) => chunk.length)).toEqual([1_000, 1_000, 500]);
    await store.close();
  });
});
