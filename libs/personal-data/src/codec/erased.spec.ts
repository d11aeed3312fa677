import { ERASED, isErased } from './erased';

describe('the erased marker', () => {
  it('is one string constant that downstream code can test for', () => {
    expect(ERASED).toBe('[erased]');
    expect(isErased('[erased]')).toBe(true);
    expect(isErased(JSON.parse(JSON.stringify({ v: ERASED })).v)).toBe(true);
  });

  it('is not mistaken for a value or an absence', () => {
    for (const value of ['Zhang Wei', '', null, undefined, 0, { $erased: true }])
      expect(isErased(value)).toBe(false);
  });
});
