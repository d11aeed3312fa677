import { idNumberIndexOf } from './identity-index';

const KEY = Buffer.alloc(32, 7);

describe('the idNumber index', () => {
  it('is the same for the same number and differs for another', () => {
    expect(idNumberIndexOf(KEY, '110101199001011234')).toBe(idNumberIndexOf(KEY, '110101199001011234'));
    expect(idNumberIndexOf(KEY, '110101199001011234')).not.toBe(idNumberIndexOf(KEY, '110101199001011235'));
  });

  it('depends on the key and never contains the number', () => {
    const index = idNumberIndexOf(KEY, '110101199001011234');
    expect(idNumberIndexOf(Buffer.alloc(32, 8), '110101199001011234')).not.toBe(index);
    expect(index).not.toContain('1101011990');
    expect(index).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });
});
