import { TurnBudget } from './turn-budget';

describe('TurnBudget', () => {
  it('lets waiting callbacks run only once its budget is spent', async () => {
    const ran: string[] = [];
    const turns = new TurnBudget(20);
    setImmediate(() => ran.push('waiting'));
    await turns.spent();
    expect(ran).toEqual([]); // within the budget: no turn given
    const until = performance.now() + 25;
    while (performance.now() < until); // synchronous work past the budget
    await turns.spent();
    expect(ran).toEqual(['waiting']);
  });
});
