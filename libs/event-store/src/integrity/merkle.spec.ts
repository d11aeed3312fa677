import { createHash } from 'node:crypto';
import { leafHash, merkleRoot, rawLeafHash, treeRoot } from './merkle';

/** RFC 6962 test vectors (certificate-transparency / trillian): leaf inputs and the root of the first n. */
const INPUTS = [
  '',
  '00',
  '10',
  '2021',
  '3031',
  '40414243',
  '5051525354555657',
  '606162636465666768696a6b6c6d6e6f',
];
const ROOTS = [
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
];

describe('the anchor Merkle root', () => {
  it.each(ROOTS.map((root, index) => [index + 1, root]))(
    'is RFC 6962’s Merkle Tree Hash: %i leaves',
    (count, root) => {
      const leaves = INPUTS.slice(0, count).map((hex) => rawLeafHash(Buffer.from(hex, 'hex')));
      expect(treeRoot(leaves)).toBe(root);
    },
  );

  it('of no streams is SHA-256 of nothing', () => {
    expect(merkleRoot([])).toBe(createHash('sha256').digest('hex'));
  });

  it('hashes a stream head as the documented text, and orders leaves by stream name', () => {
    const a = { stream: 'customer-a', revision: 4, hash: 'ab'.repeat(32) };
    const b = { stream: 'customer-b', revision: 0, hash: 'cd'.repeat(32) };
    const text = `customer-a\n4\n${'ab'.repeat(32)}`;
    expect(leafHash(a)).toEqual(
      createHash('sha256')
        .update(Buffer.from([0]))
        .update(text)
        .digest(),
    );
    expect(merkleRoot([b, a])).toBe(merkleRoot([a, b]));
    expect(merkleRoot([a, b])).toBe(treeRoot([leafHash(a), leafHash(b)]));
  });

  it('changes when any head moves', () => {
    const heads = [
      { stream: 'customer-a', revision: 4, hash: 'ab'.repeat(32) },
      { stream: 'customer-b', revision: 0, hash: 'cd'.repeat(32) },
    ];
    const root = merkleRoot(heads);
    expect(merkleRoot([heads[0]!, { ...heads[1]!, revision: 1 }])).not.toBe(root);
    expect(merkleRoot(heads.slice(0, 1))).not.toBe(root);
  });
});
