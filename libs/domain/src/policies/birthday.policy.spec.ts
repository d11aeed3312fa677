import { birthdayReminder, nextBirthday } from './birthday.policy';

describe('birthday policy', () => {
  it('finds the next birthday on or after a day', () => {
    expect(nextBirthday('1990-03-07', '2026-03-07')).toBe('2026-03-07');
    expect(nextBirthday('1990-03-07', '2026-03-08')).toBe('2027-03-07');
  });

  it('celebrates 29 February on 28 February in common years', () => {
    expect(nextBirthday('1992-02-29', '2026-01-01')).toBe('2026-02-28');
    expect(nextBirthday('1992-02-29', '2028-01-01')).toBe('2028-02-29');
  });

  it('knows nothing of an absent or erased birth date', () => {
    expect(nextBirthday(null, '2026-01-01')).toBeNull();
    expect(nextBirthday('[erased]', '2026-01-01')).toBeNull();
  });

  it('is due the day before (seed 001: 前一天), not a week, until the day itself', () => {
    expect(birthdayReminder('1990-03-07', '2026-02-28')).toBeNull();
    expect(birthdayReminder('1990-03-07', '2026-03-05')).toBeNull();
    expect(birthdayReminder('1990-03-07', '2026-03-06')).toEqual({
      birthday: '2026-03-07',
      dueDate: '2026-03-06',
    });
    expect(birthdayReminder('1990-03-07', '2026-03-07')).toEqual({
      birthday: '2026-03-07',
      dueDate: '2026-03-06',
    });
  });

  it('crosses the year end', () => {
    expect(birthdayReminder('1985-01-01', '2026-12-31')).toEqual({
      birthday: '2027-01-01',
      dueDate: '2026-12-31',
    });
  });

  it('takes the days ahead from the policy', () => {
    const week = { policyVersion: 'birthday/test', daysBefore: 7 };
    expect(birthdayReminder('1990-03-07', '2026-02-28', week)?.dueDate).toBe('2026-02-28');
  });
});
