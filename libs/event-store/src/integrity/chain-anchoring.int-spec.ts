import { randomUUID } from 'node:crypto';
import { temporaryStoreFile } from '../../test/temporary-file';
import { SqliteEventStore } from '../sqlite/sqlite.event-store';
import { ANCHOR_STREAM, anchorOf } from './chain-anchor';
import { ChainAnchoring } from './chain-anchoring';
import { merkleRoot, type StreamHead } from './merkle';

const contact = () => ({ eventId: randomUUID(), type: 'ContactLogged', data: { channel: 'phone' } });

/** The heads a bank recomputes from the log: each stream's last event at or before `position`. */
async function headsAt(store: SqliteEventStore, position: string): Promise<StreamHead[]> {
  const heads = new Map<string, StreamHead>();
  for await (const event of store.readAll()) {
    if (Number(event.position) > Number(position) || event.stream === ANCHOR_STREAM) continue;
    heads.set(event.stream, {
      stream: event.stream,
      revision: Number(event.revision),
      hash: event.metadata.hash,
    });
  }
  return [...heads.values()];
}

describe('ChainAnchoring: anchors resume where the last one stopped', () => {
  const store = new SqliteEventStore(temporaryStoreFile());
  afterAll(() => store.close());

  it('records nothing when nothing moved', async () => {
    expect(await (await ChainAnchoring.load(store)).anchor()).toBeNull();
    expect(await store.readStream(ANCHOR_STREAM)).toEqual([]);
  });

  it('a reloaded anchorer follows on: only moved heads are listed, the root covers every stream', async () => {
    const [a, b, c] = ['a', 'b', 'c'].map((name) => `customer-${name}-${randomUUID()}`) as [
      string,
      string,
      string,
    ];
    await store.append(a, [contact(), contact()], { streamState: 'no_stream' });
    await store.append(b, [contact()], { streamState: 'no_stream' });
    const first = await ChainAnchoring.load(store);
    for await (const event of store.readAll({ from: first.from })) first.observe(event);
    expect(first.pending).toBe(3);
    await first.anchor();

    await store.append(b, [contact()], { streamState: 0n });
    await store.append(c, [contact()], { streamState: 'no_stream' });
    const reloaded = await ChainAnchoring.load(store);
    expect(reloaded.from).toBe('3');
    for await (const event of store.readAll({ from: reloaded.from })) reloaded.observe(event);
    expect(reloaded.pending).toBe(2);
    const second = await reloaded.anchor();

    const anchors = (await store.readStream(ANCHOR_STREAM)).map(anchorOf);
    expect(anchors.map((anchor) => anchor.moved.map((head) => head.stream).sort())).toEqual([
      [a, b].sort(),
      [b, c].sort(),
    ]);
    expect(second).toMatchObject({ revision: 1, position: '6', streams: 3 });
    expect(second?.root).toBe(merkleRoot(await headsAt(store, '6')));
    expect(anchors[0]?.root).toBe(merkleRoot(await headsAt(store, '3')));
  });
});
