import fc from 'fast-check';
import { lifecycleStage, type LifecycleStage } from './lifecycle.policy';

const ONBOARDED = '2021-01-31T09:00:00.000Z';
const ORDER: LifecycleStage[] = ['NEW', 'GROWING', 'MATURE', 'SENIOR'];

describe('lifecycle policy', () => {
  it.each([
    ['2021-04-30T08:59:59.999Z', 'NEW'],
    ['2021-04-30T09:00:00.000Z', 'GROWING'],
    ['2022-01-31T08:59:59.999Z', 'GROWING'],
    ['2022-01-31T09:00:00.000Z', 'MATURE'],
    ['2026-01-31T09:00:00.000Z', 'MATURE'],
    ['2026-01-31T09:00:00.001Z', 'SENIOR'],
  ])('at %s a customer onboarded on 31 January 2021 is %s', (now, stage) => {
    expect(lifecycleStage(ONBOARDED, now)).toBe(stage);
  });

  it('never moves backwards as time passes', () => {
    const start = Date.parse(ONBOARDED);
    const later = fc.integer({ min: 0, max: 10 * 366 * 86_400_000 });
    fc.assert(
      fc.property(later, later, (a, b) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        const at = (offset: number) => lifecycleStage(ONBOARDED, new Date(start + offset).toISOString());
        expect(ORDER.indexOf(at(late))).toBeGreaterThanOrEqual(ORDER.indexOf(at(early)));
      }),
    );
  });
});
