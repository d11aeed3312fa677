import { Rng } from './prng';
import { corporatePerson, creditCodeCheck, residentIdCheck, retailPerson } from './people';

describe('generated people', () => {
  it('computes the check characters of published examples', () => {
    expect(residentIdCheck('11010519491231002')).toBe('X'); // GB 11643's own example
    expect(creditCodeCheck('91350100M000100Y4')).toBe('3');
  });

  it('gives retail customers a valid resident id that carries their birth date', () => {
    const rng = new Rng(1);
    for (let i = 0; i < 200; i++) {
      const person = retailPerson(rng, '310115', '2024-05-01');
      expect(person.idNumber).toMatch(/^310115\d{11}[\dX]$/);
      expect(person.idNumber.slice(6, 14)).toBe(person.birthDate?.replaceAll('-', ''));
      expect(person.idNumber.slice(17)).toBe(residentIdCheck(person.idNumber.slice(0, 17)));
      expect(person.phone).toMatch(/^\+861[35789]\d{9}$/);
    }
  });

  it('names companies after their city, with a valid credit code', () => {
    const company = corporatePerson(new Rng(2), '上海', '310115');
    expect(company.name).toMatch(/^上海.+公司$/);
    expect(company.idNumber.slice(17)).toBe(creditCodeCheck(company.idNumber.slice(0, 17)));
  });

  it('draws the same values for the same seed and index, and others for another index', () => {
    const draws = (rng: Rng) => Array.from({ length: 5 }, () => rng.uint32());
    expect(draws(new Rng(7, 3))).toEqual(draws(new Rng(7, 3)));
    expect(draws(new Rng(7, 3))).not.toEqual(draws(new Rng(7, 4)));
  });
});
